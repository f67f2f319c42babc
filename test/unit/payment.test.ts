/** The payment pattern beyond days late: chargebacks and disputes, lateness that keeps getting worse. */
import assert from 'node:assert/strict';
import { formatIsoDay } from '../../src/core/dates';
import { escalatingLateness } from '../../src/core/invoices';
import { AS_OF, invoiceLines, readClient, scoreClient, settings, signalOf } from './helpers';

describe('chargebacks and disputes', () => {
  it('weigh about as much as disrespect, in payment, and flag the client', () => {
    const r = scoreClient(['client: C'], ['- 2026-11-10 Reversed the card payment for the approved site #chargeback']);
    const s = signalOf(r, 'payment')!;
    assert.match(s.detail, /^chargeback or dispute on 2026-11-10$/);
    const rude = scoreClient(['client: C'], ['- 2026-11-10 Shouted #rude']);
    assert.equal(s.points, signalOf(rude, 'conduct')!.points);
    assert.deepEqual(r.flags.map((f) => f.id), ['chargeback']);
    assert.equal(r.band, 'strained');
  });
});

describe('escalating lateness', () => {
  const fm = (...invoices: string[][]) => ['client: E', 'invoices:', ...invoices.flat()];

  it('finds the last three invoices each later than the one before, the newest beyond grace', () => {
    const r = scoreClient(fm(invoiceLines('E-1', '2026-07-01', '2026-07-06'), invoiceLines('E-2', '2026-08-01', '2026-08-21'), invoiceLines('E-3', '2026-09-01', '2026-10-06')));
    const s = signalOf(r, 'payment')!;
    assert.match(s.detail, /lateness escalating \(5 → 20 → 35 days\)/);
    assert.ok(s.evidence.some((e) => e.text === 'lateness escalating (5 → 20 → 35 days): E-1, E-2, E-3'));
  });

  it('weighs more than steady lateness of the same average', () => {
    const escalating = scoreClient(fm(invoiceLines('E-1', '2026-07-01', '2026-07-21'), invoiceLines('E-2', '2026-08-01', '2026-08-21'), invoiceLines('E-3', '2026-09-01', '2026-09-21')));
    const steady = scoreClient(fm(invoiceLines('E-1', '2026-07-01', '2026-07-06'), invoiceLines('E-2', '2026-08-01', '2026-08-21'), invoiceLines('E-3', '2026-09-01', '2026-10-06')));
    assert.doesNotMatch(signalOf(escalating, 'payment')!.detail, /escalating/, '20 → 20 → 20 is steady');
    assert.ok(signalOf(steady, 'payment')!.points > signalOf(escalating, 'payment')!.points);
  });

  it('counts an unpaid newest invoice with its days overdue so far', () => {
    const n = readClient(fm(invoiceLines('E-1', '2026-08-01', '2026-08-06'), invoiceLines('E-2', '2026-09-01', '2026-09-21'), invoiceLines('E-3', formatIsoDay(AS_OF - 35))));
    const run = escalatingLateness(n.invoices, settings(), AS_OF)!;
    assert.deepEqual(run.map((l) => [l.invoice.id, l.days, l.unpaid]), [['E-1', 5, false], ['E-2', 20, false], ['E-3', 35, true]]);
    assert.equal(escalatingLateness(n.invoices, settings(), AS_OF - 20), undefined, 'as of 15 days overdue, not yet later than 20');
  });

  it('needs the newest beyond grace, strictly rising lateness, and three invoices due', () => {
    const s = settings();
    const of = (...invoices: string[][]) => escalatingLateness(readClient(fm(...invoices)).invoices, s, AS_OF);
    assert.equal(of(invoiceLines('A', '2026-07-01', '2026-07-01'), invoiceLines('B', '2026-08-01', '2026-08-02'), invoiceLines('C', '2026-09-01', '2026-09-04')), undefined, '0 → 1 → 3: within grace');
    assert.equal(of(invoiceLines('A', '2026-07-01', '2026-06-20'), invoiceLines('B', '2026-08-01', '2026-07-30'), invoiceLines('C', '2026-09-01', '2026-09-01')), undefined, 'early payments are not lateness');
    assert.equal(of(invoiceLines('A', '2026-08-01', '2026-08-21'), invoiceLines('B', '2026-09-01', '2026-10-06')), undefined, 'two invoices');
    assert.ok(of(invoiceLines('Z', '2026-06-01', '2026-07-30'), invoiceLines('A', '2026-07-01', '2026-07-02'), invoiceLines('B', '2026-08-01', '2026-08-21'), invoiceLines('C', '2026-09-01', '2026-10-06')), 'only the last three count');
    assert.equal(of(invoiceLines('A', '2026-07-01', '2026-07-06'), invoiceLines('B', '2026-08-01', '2026-08-21'), invoiceLines('C', '2026-12-15')), undefined, 'an invoice not yet due does not count');
  });
});
