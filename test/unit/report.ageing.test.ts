import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIsoDay } from '../../src/core/dates';
import { ageingChart, AGEING_BUCKETS, bucketOf, nextReminder } from '../../src/core/report/ageing';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/core/settings';
import { AS_OF, clientNote, readExample, repoRoot } from './helpers';
import { fromNote, S } from './reportHelpers';

describe('report: invoice ageing', () => {
  const invoiceLines = (days: number[]) => [
    'invoices:',
    ...days.flatMap((d, i) => [`  - id: INV-${d}`, `    amount: ${100 * (i + 1)}`, `    issued: 2026-01-01`, `    due: ${formatIsoDay(AS_OF - d)}`]),
  ];

  it('puts invoices in buckets at the edges 30/31, 60/61, 90/91 days overdue, per currency', () => {
    const days = [30, 31, 60, 61, 90, 91];
    const eur = fromNote(clientNote(['client: Edges', 'currency: EUR', ...invoiceLines(days)]), 'clients/edges.md');
    const usd = fromNote(clientNote(['client: Dollar', 'currency: USD', ...invoiceLines([1])]), 'clients/dollar.md');
    const chart = ageingChart([eur, usd], S, AS_OF);
    const byId = new Map(chart.invoices.map((i) => [i.id, i]));
    assert.deepEqual(days.map((d) => [byId.get(`INV-${d}`)!.daysOverdue, byId.get(`INV-${d}`)!.bucket]), [
      [30, 0],
      [31, 1],
      [60, 1],
      [61, 2],
      [90, 2],
      [91, 3],
    ]);
    assert.deepEqual(chart.invoices.map((i) => i.daysOverdue), [91, 90, 61, 60, 31, 30, 1], 'most overdue first');
    assert.deepEqual(chart.currencies.map((c) => c.currency), ['EUR', 'USD'], 'largest total first');
    assert.deepEqual(chart.currencies[0].buckets, [
      { count: 1, total: 100 },
      { count: 2, total: 500 },
      { count: 2, total: 900 },
      { count: 1, total: 600 },
    ]);
    assert.deepEqual(chart.currencies[1].buckets.map((b) => b.count), [1, 0, 0, 0]);
    assert.deepEqual(AGEING_BUCKETS.map((b) => b.label), ['0–30 days', '31–60 days', '61–90 days', '90+ days']);
    assert.deepEqual([1, 30, 31, 60, 61, 90, 91, 400].map(bucketOf), [0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('keeps invoices not yet due (or due today), paid ones and undated ones out of the buckets', () => {
    const c = fromNote(
      clientNote([
        'client: Mixed',
        'currency: EUR',
        'invoices:',
        '  - id: TODAY',
        '    amount: 100',
        `    due: ${formatIsoDay(AS_OF)}`,
        '  - id: LATER',
        '    amount: 50',
        `    due: ${formatIsoDay(AS_OF + 10)}`,
        '  - id: PAID',
        '    amount: 70',
        '    due: 2026-01-01',
        '    paid: 2026-02-01',
        '  - id: PAID-AFTER',
        '    amount: 80',
        '    due: 2026-11-01',
        '    paid: 2026-12-01',
        '  - id: NO-DUE',
        '    amount: 20',
        '  - id: FUTURE',
        '    amount: 20',
        '    issued: 2026-12-10',
        '    due: 2026-12-20',
      ]),
    );
    const chart = ageingChart([c], S, AS_OF);
    assert.deepEqual(chart.invoices.map((i) => [i.id, i.daysOverdue]), [['PAID-AFTER', 26]], 'paid after the as-of date: unpaid then');
    assert.deepEqual(chart.notYetDue, [{ currency: 'EUR', count: 2, total: 150 }]);
    assert.equal(chart.undated, 1);
  });

  it('schedules the next reminder: friendly on the first day overdue, firm after 14 days, final after 30', () => {
    const due = AS_OF - 100;
    const at = (overdue: number) => {
      const r = nextReminder(due, due + overdue, S);
      return `${r.tone}+${r.day - due}`;
    };
    assert.deepEqual([-5, 0, 1, 2, 13, 14, 15, 29, 30, 31, 44].map(at), [
      'friendly+1',
      'friendly+1',
      'friendly+1',
      'firm+14',
      'firm+14',
      'firm+14',
      'final+30',
      'final+30',
      'final+30',
      'final+31',
      'final+44',
    ]);
    const custom = resolveSettings({ paymentReminders: { friendly: 3, firm: 10, final: 20 } });
    assert.deepEqual(custom.problems, []);
    assert.deepEqual(nextReminder(due, due + 5, custom.settings), { day: due + 10, tone: 'firm' });
    const bad = resolveSettings({ paymentReminders: { friendly: 20, firm: 10, final: 30 } });
    assert.match(bad.problems.join(), /paymentReminders needs friendly < firm < final/);
    assert.deepEqual(bad.settings.reminderDays, { friendly: 1, firm: 14, final: 30 });
  });

  it('declares the reminder setting and the report command in package.json, with the core\'s defaults', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration.properties['clientFriction.paymentReminders'].default, { ...DEFAULT_SETTINGS.reminderDays });
    const nls = JSON.parse(readFileSync(join(repoRoot(), 'package.nls.json'), 'utf8'));
    const report = pkg.contributes.commands.find((c: { command: string; title: string }) => c.command === 'clientFriction.openReport');
    assert.equal(nls[report.title.replace(/^%|%$/g, '')], 'Open Report');
  });

  it('gives the example overdue invoice its final reminder, today', () => {
    const c = fromNote(readExample('northwind-studio.md'), 'clients/northwind-studio.md');
    const chart = ageingChart([c], S, AS_OF);
    assert.deepEqual(
      chart.invoices.map((i) => [i.client, i.id, i.amount, i.daysOverdue, i.next.tone, formatIsoDay(i.next.day)]),
      [['Northwind Studio', 'NW-019', 3100, 44, 'final', '2026-11-27']],
    );
  });
});
