import assert from 'node:assert/strict';
import { entryLine, formatDuration, knownTags, lineKey, timeRecord } from '../../src/core/import/timeEntry';
import { day } from './helpers';

describe('import: time entries as log lines', () => {
  it('writes durations as 2h, 1.5h or 45m, and reads them back to the same minute', () => {
    assert.equal(formatDuration(45), '45m');
    assert.equal(formatDuration(120), '2h');
    assert.equal(formatDuration(90), '1.5h');
    assert.equal(formatDuration(86), '1.43h');
    assert.equal(formatDuration(0), '0m');
    for (let m = 0; m <= 24 * 60; m++) {
      const key = lineKey(`- 2026-11-03 ${formatDuration(m)} x`, {});
      assert.equal(key, `${day('2026-11-03')}||${m}|x`, `${m} minutes`);
    }
  });

  it('turns Tags cells into known tags (synonyms and settings included), and leaves others out', () => {
    assert.deepEqual(knownTags('Urgent, scope creep, billable, #rude, After_Hours', {}), ['urgent', 'scope-creep', 'disrespect', 'after-hours']);
    assert.deepEqual(knownTags('asap', { asap: 'urgent' }), ['urgent']);
    assert.deepEqual(knownTags('', {}), []);
  });

  it('writes a # of the description as \\#, so the tags are those of the Tags column alone (issue 20)', () => {
    const record = timeRecord({ source: 's', line: 2, client: 'c', date: day('2026-11-03'), start: 9 * 60, seconds: 1800, description: 'Call #urgent', tags: 'urgent, revision' }, {});
    assert.equal(entryLine(record), '- 2026-11-03 09:00 30m Call \\#urgent #urgent #revision');
  });
});
