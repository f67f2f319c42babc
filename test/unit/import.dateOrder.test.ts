import assert from 'node:assert/strict';
import { findDateOrder, readDate } from '../../src/core/import/dateOrder';
import { day } from './helpers';

describe('import: dates and their order', () => {
  it('reads ISO dates and day-month dates in the order given', () => {
    assert.equal(readDate('2026-11-03', undefined), day('2026-11-03'));
    assert.equal(readDate('2026/11/03', undefined), day('2026-11-03'));
    assert.equal(readDate('2026-11-03 13:26', undefined), day('2026-11-03'));
    assert.equal(readDate('03/11/2026', 'dmy'), day('2026-11-03'));
    assert.equal(readDate('03/11/2026', 'mdy'), day('2026-03-11'));
    assert.equal(readDate('03.11.26', 'dmy'), day('2026-11-03'));
    assert.equal(readDate('05/05/2026', undefined), day('2026-05-05'), 'equal numbers need no order');
    assert.equal(readDate('03/11/2026', undefined), undefined, 'an order is needed');
    assert.equal(readDate('31/02/2026', 'dmy'), undefined);
    assert.equal(readDate('2026-13-45', undefined), undefined);
    assert.equal(readDate('1850-01-01', undefined), undefined, 'before 1900');
    assert.equal(readDate('Nov 3, 2026', 'mdy'), undefined);
  });

  it('finds the order of a file from any day above 12, and says when it cannot', () => {
    const cells = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 2 }));
    assert.deepEqual(findDateOrder(cells('2026-11-03')), { kind: 'none' });
    assert.deepEqual(findDateOrder(cells('03/11/2026', '23/11/2026')), { kind: 'found', order: 'dmy' });
    assert.deepEqual(findDateOrder(cells('03/11/2026', '11/23/2026')), { kind: 'found', order: 'mdy' });
    assert.deepEqual(findDateOrder(cells('05/05/2026', '03/11/2026')), { kind: 'ambiguous', example: { text: '03/11/2026', line: 3 } });
    assert.equal(findDateOrder(cells('13/01/2026', '01/13/2026')).kind, 'conflict');
  });
});
