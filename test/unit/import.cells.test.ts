import assert from 'node:assert/strict';
import { nameKey, oneLine, readClock, readClockDuration, readCurrency, readNumber } from '../../src/core/import/cells';
import { ClientMatcher } from '../../src/core/import/clientMatch';

describe('import: reading cells', () => {
  it('reads numbers with a decimal point or a decimal comma, as the file writes them', () => {
    const point: [string, number | undefined][] = [
      ['1234.5', 1234.5],
      ['1,234.50', 1234.5],
      ['$1,234.50', 1234.5],
      ['-$12.00', -12],
      ['EUR 900', 900],
      ['0.75', 0.75],
      ['1,5', 1.5],
      ['1,500', 1500],
      ['12abc', undefined],
      ['1.2.3', undefined],
      ['', undefined],
    ];
    for (const [text, n] of point) assert.equal(readNumber(text, '.'), n, text);
    const comma: [string, number | undefined][] = [
      ['1,25', 1.25],
      ['1.234,50', 1234.5],
      ['1.500', 1500],
      ['1.5', 1.5],
      ['87,50 €', 87.5],
      ['1 234,5', 1234.5],
    ];
    for (const [text, n] of comma) assert.equal(readNumber(text, ','), n, text);
  });

  it('reads times of day in 24-hour and 12-hour forms', () => {
    assert.equal(readClock('13:26:00'), 13 * 60 + 26);
    assert.equal(readClock('01:26:00 PM'), 13 * 60 + 26);
    assert.equal(readClock('12:05 am'), 5);
    assert.equal(readClock('12:05 p.m.'), 12 * 60 + 5);
    assert.equal(readClock('9:05'), 9 * 60 + 5);
    for (const bad of ['24:00', '13:00 PM', '9:60', 'noon', '0:30 AM']) assert.equal(readClock(bad), undefined, bad);
  });

  it('reads H:MM:SS durations, also beyond a day', () => {
    assert.equal(readClockDuration('01:26:00'), 86 * 60);
    assert.equal(readClockDuration('0:45'), 45 * 60);
    assert.equal(readClockDuration('36:00:00'), 36 * 3600);
    assert.equal(readClockDuration('1:75:00'), undefined);
  });

  it('reads currency codes as exports write them', () => {
    assert.equal(readCurrency('Euro - EUR'), 'EUR');
    assert.equal(readCurrency('usd'), 'USD');
    assert.equal(readCurrency('US Dollar (USD)'), 'USD');
    assert.equal(readCurrency('€'), undefined);
    assert.equal(readCurrency(''), undefined);
  });

  it('makes a description one safe line of markdown', () => {
    assert.equal(oneLine('  Information architecture\r\nand a\tfirst  outline '), 'Information architecture and a first outline');
    assert.equal(oneLine('a <!-- hidden --> b <b>c</b> 3 < 4'), 'a &lt;!-- hidden --> b &lt;b>c&lt;/b> 3 < 4');
    assert.equal(oneLine('line\u2028separator\u0000nul'), 'line separator nul');
  });

  it('compares client names ignoring case, accents, spaces and punctuation', () => {
    assert.equal(nameKey('CEDAR & PINE architects'), nameKey('Cedar & Pine Architects'));
    assert.equal(nameKey('Café Olé, Ltd.'), nameKey('cafe ole ltd'));
    assert.notEqual(nameKey('Northwind'), nameKey('Northwind Studio'));
    const m = new ClientMatcher([['Northwind Studio', 'NW Studio'], ['Lotus Tech'], ['Lotus-Tech']]);
    assert.deepEqual(m.match('nw studio'), { kind: 'note', note: 0 });
    assert.deepEqual(m.match('LOTUS TECH'), { kind: 'ambiguous', notes: [1, 2] });
    assert.deepEqual(m.match('Acme'), { kind: 'none' });
    m.choose('Lotus Tech', 2);
    assert.deepEqual(m.match('lotus tech'), { kind: 'note', note: 2 });
  });
});
