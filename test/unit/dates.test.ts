import assert from 'node:assert/strict';
import { calendarDay, civilDayNumber, civilFromDays, dayNumber, daysInMonth, formatDay, formatIsoDay, parseIsoDay, today, weekday, dayFromYamlDate } from '../../src/core/dates';
import { day } from './helpers';

// Titles carry [tz]: `npm test` runs these again under a second TZ.
describe('dates [tz]', () => {
  it('parses and formats calendar dates without any time zone', () => {
    assert.equal(formatIsoDay(day('2026-09-30')), '2026-09-30');
    assert.equal(parseIsoDay('1970-01-01'), 0);
    assert.equal(day('2026-03-01') - day('2026-02-28'), 1);
    assert.equal(day('2024-03-01') - day('2024-02-28'), 2, 'leap year');
  });

  it('rejects impossible dates instead of rolling them over', () => {
    for (const bad of ['2026-02-30', '2026-13-45', '2026-00-10', '2026-04-31', '2025-02-29', '2026-1-05', '26-01-05', '2026-01-05x']) {
      assert.equal(parseIsoDay(bad), undefined, bad);
    }
    assert.notEqual(parseIsoDay('2024-02-29'), undefined);
  });

  it('round-trips every day for 4,000 years around now', () => {
    for (let d = day('0400-01-01'); d < day('4400-01-01'); d += 17) {
      const [y, m, dd] = civilFromDays(d);
      assert.equal(calendarDay(y, m, dd), d);
    }
  });

  it('numbers every day of 1890–2110 by its table as the civil algorithm does', () => {
    for (let y = 1890; y <= 2110; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= daysInMonth(y, m); d++) assert.equal(dayNumber(y, m, d), civilDayNumber(y, m, d), `${y}-${m}-${d}`);
      }
    }
  });

  it('reads a YAML UTC-midnight Date back as the same calendar date', () => {
    assert.equal(dayFromYamlDate(new Date(Date.UTC(2026, 8, 30))), day('2026-09-30'));
  });

  it('takes today from the local calendar', () => {
    const now = new Date(2026, 10, 27, 0, 30); // local 00:30, whatever the zone
    assert.equal(formatIsoDay(today(now)), '2026-11-27');
    const late = new Date(2026, 10, 27, 23, 59);
    assert.equal(formatIsoDay(today(late)), '2026-11-27');
  });

  it('knows the weekday', () => {
    assert.equal(weekday(day('2026-11-27')), 5); // Friday
    assert.equal(weekday(day('2026-11-29')), 0); // Sunday
  });

  it('formats for people with date-fns without moving the day', () => {
    assert.equal(formatDay(day('2026-12-31'), 'd MMMM yyyy'), '31 December 2026');
    assert.equal(formatDay(day('2026-01-01'), 'd MMMM yyyy'), '1 January 2026');
  });
});
