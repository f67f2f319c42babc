/**
 * `payment`: invoices paid late, unpaid ones overdue, `#late-payment` where
 * invoices are not tracked; and, judged as a pattern, promises to pay that
 * were broken, chargebacks and disputes, and lateness that keeps getting worse.
 */
import { formatIsoDay } from '../../dates';
import { escalatingLateness, invoicesById, judgePromise, latePayments } from '../../invoices';
import { LogEntry } from '../../read/logEntry';
import { Invoice } from '../../read/note';
import { PaymentPromise } from '../../read/promise';
import { formatAmount, plural } from '../../text';
import { entryText, EvidenceList, latestOf, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function paymentSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { note, settings, asOf, overdue, fade, describe, detail } = ctx;
  const evidence = new EvidenceList(describe);
  const parts: string[] = [];

  const chargebacks = ctx.tagged('chargeback');
  for (const e of chargebacks) {
    evidence.add(e.line, B.chargeback * fade(e.date), describe ? `chargeback or dispute: ${entryText(e)}` : '');
  }
  if (detail && chargebacks.length > 0) {
    parts.push(
      chargebacks.length === 1
        ? `chargeback or dispute on ${formatIsoDay(chargebacks[0].date)}`
        : `${chargebacks.length} chargebacks or disputes, latest ${formatIsoDay(latestOf(chargebacks).date)}`,
    );
  }

  const broken: string[] = [];
  const byId = ctx.promises.length > 0 ? invoicesById(ctx.invoices) : undefined;
  for (const promise of ctx.promises) {
    const judged = judgePromise(promise, ctx.invoices, settings, asOf, byId);
    if (judged.state !== 'broken') continue;
    const text = describe || detail ? brokenPromiseText(promise, judged.promised, judged.missed) : '';
    broken.push(text);
    // Like a late payment, dearer: more for each day past the promised day,
    // and no fading while what was promised is still unpaid.
    const paidLast = judged.missed.every((i) => i.paid !== undefined) ? latestPaid(judged.missed) : undefined;
    const daysPast = (paidLast ?? asOf) - promise.by;
    const points = (B.brokenPromise + Math.min(daysPast, B.latePaidMaxDays) * B.latePaidPerDay) * (paidLast === undefined ? 1 : fade(paidLast));
    evidence.add(promise.entry.line, points, describe ? text : '');
  }
  const brokenByHand = ctx.tagged('broken-promise');
  for (const e of brokenByHand) {
    evidence.add(e.line, B.brokenPromise * fade(e.date), describe ? `broken promise: ${entryText(e)}` : '');
  }
  const brokenCount = broken.length + brokenByHand.length;
  if (detail && brokenCount === 1) parts.push(broken.length ? `promise broken (${broken[0]})` : `1 promise broken (${formatIsoDay(brokenByHand[0].date)})`);
  else if (detail && brokenCount > 1) parts.push(`${brokenCount} promises broken${broken.length ? ` (latest ${broken[broken.length - 1]})` : ''}`);

  const late = latePayments(ctx.invoices, settings, asOf);
  for (const { invoice, days } of late) {
    const points = (B.latePaid + Math.min(days, B.latePaidMaxDays) * B.latePaidPerDay) * fade(invoice.paid!);
    evidence.add(invoice.line, points, describe ? `${invoice.id} paid ${formatIsoDay(invoice.paid!)}, ${plural(days, 'day')} after its due date` : '');
  }
  if (detail && late.length > 0) {
    const avg = Math.round(late.reduce((s, l) => s + l.days, 0) / late.length);
    parts.push(
      late.length === 1
        ? `1 invoice paid late (${late[0].invoice.id}, ${plural(late[0].days, 'day')})`
        : `${late.length} invoices paid late (avg ${avg} days: ${listIds(late.map((l) => l.invoice.id))})`,
    );
  }

  const escalating = escalatingLateness(ctx.invoices, settings, asOf);
  if (escalating) {
    const newest = escalating[escalating.length - 1];
    const rise = newest.days - escalating[0].days;
    const trail = `lateness escalating (${escalating.map((l) => l.days).join(' → ')} days)`;
    // Still unpaid: it does not fade, like the overdue invoice itself.
    const points = (B.escalation + Math.min(rise, B.escalationMaxDays) * B.escalationPerDay) * (newest.unpaid ? 1 : fade(newest.invoice.paid!));
    evidence.add(newest.invoice.line, points, describe ? `${trail}: ${escalating.map((l) => l.invoice.id).join(', ')}` : '');
    if (detail) parts.push(trail);
  }

  for (const { invoice, daysOverdue } of overdue) {
    let points = B.overdue + Math.min(daysOverdue, B.overdueMaxDays) * B.overduePerDay;
    if (invoice.amount !== undefined && note.rate) {
      points += Math.min(B.overdueMaxWorkDays, (invoice.amount / (note.rate * 8)) * B.overduePerWorkDay);
    }
    evidence.add(
      invoice.line,
      points,
      describe ? `${invoice.id}${invoice.amount !== undefined ? ` (${formatAmount(invoice.amount, note.currency)})` : ''} unpaid, ${plural(daysOverdue, 'day')} overdue` : '',
    );
  }
  if (detail) {
    for (const { invoice, daysOverdue } of overdue.slice(0, 3)) {
      parts.push(`${invoice.id} unpaid, ${plural(daysOverdue, 'day')} overdue`);
    }
  }
  if (detail && overdue.length > 3) parts.push(`${overdue.length - 3} more unpaid`);
  if (detail && overdue.length > 0) {
    const total = overdue.reduce((s, o) => s + (o.invoice.amount ?? 0), 0);
    if (total > 0) parts.push(`${formatAmount(total, note.currency)} overdue`);
  }

  const tagged: readonly LogEntry[] = ctx.invoices.length === 0 ? ctx.tagged('late-payment') : [];
  for (const e of tagged) evidence.add(e.line, B.latePaymentTag * fade(e.date), describe ? entryText(e) : '');
  if (detail && tagged.length > 0) parts.push(`${plural(tagged.length, '#late-payment entry', '#late-payment entries')} (invoices not tracked)`);

  return evidence.draft(parts.join('; '));
}

/** `promised on 2026-11-10 to pay NW-019 by 2026-11-20; still unpaid`. */
function brokenPromiseText(promise: PaymentPromise, promised: readonly Invoice[], missed: readonly Invoice[]): string {
  const what = `promised on ${formatIsoDay(promise.entry.date)} to pay ${listIds(promised.map((i) => i.id))} by ${formatIsoDay(promise.by)}`;
  const unpaid = missed.filter((i) => i.paid === undefined && !i.paidUndated);
  const paidLate = missed.filter((i) => i.paid !== undefined);
  const outcome: string[] = [];
  if (paidLate.length > 0) outcome.push(`${listIds(paidLate.map((i) => i.id))} paid ${formatIsoDay(latestPaid(paidLate))}`);
  if (unpaid.length > 0) {
    outcome.push(unpaid.length === promised.length ? 'still unpaid' : `${listIds(unpaid.map((i) => i.id))} still unpaid`);
  }
  return `${what}; ${outcome.join(', ')}`;
}

function latestPaid(invoices: readonly Invoice[]): number {
  return invoices.reduce((d, i) => Math.max(d, i.paid!), -Infinity);
}

function listIds(ids: string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} +${ids.length - 3}`;
}
