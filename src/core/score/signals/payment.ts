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
import { formatAmount } from '../../text';
import { L10n } from '../../l10n';
import { dayCount } from '../../labels';
import { entryText, EvidenceList, latestOf, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function paymentSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { note, settings, asOf, overdue, fade, describe, detail, l10n } = ctx;
  const evidence = new EvidenceList(describe);
  const parts: string[] = [];

  const chargebacks = ctx.tagged('chargeback');
  for (const e of chargebacks) {
    evidence.add(e.line, B.chargeback * fade(e.date), describe ? l10n.t('chargeback or dispute: {0}', entryText(e)) : '');
  }
  if (detail && chargebacks.length > 0) {
    parts.push(
      chargebacks.length === 1
        ? l10n.t('chargeback or dispute on {0}', formatIsoDay(chargebacks[0].date))
        : l10n.t('{0} chargebacks or disputes, latest {1}', chargebacks.length, formatIsoDay(latestOf(chargebacks).date)),
    );
  }

  const broken: string[] = [];
  const byId = ctx.promises.length > 0 ? invoicesById(ctx.invoices) : undefined;
  for (const promise of ctx.promises) {
    const judged = judgePromise(promise, ctx.invoices, settings, asOf, byId);
    if (judged.state !== 'broken') continue;
    const text = describe || detail ? brokenPromiseText(promise, judged.promised, judged.missed, l10n) : '';
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
    evidence.add(e.line, B.brokenPromise * fade(e.date), describe ? l10n.t('broken promise: {0}', entryText(e)) : '');
  }
  const brokenCount = broken.length + brokenByHand.length;
  if (detail && brokenCount === 1) {
    parts.push(broken.length ? l10n.t('promise broken ({0})', broken[0]) : l10n.t('1 promise broken ({0})', formatIsoDay(brokenByHand[0].date)));
  } else if (detail && brokenCount > 1) {
    parts.push(broken.length ? l10n.t('{0} promises broken (latest {1})', brokenCount, broken[broken.length - 1]) : l10n.t('{0} promises broken', brokenCount));
  }

  const late = latePayments(ctx.invoices, settings, asOf);
  for (const { invoice, days } of late) {
    const points = (B.latePaid + Math.min(days, B.latePaidMaxDays) * B.latePaidPerDay) * fade(invoice.paid!);
    evidence.add(invoice.line, points, describe ? l10n.t('{0} paid {1}, {2} after its due date', invoice.id, formatIsoDay(invoice.paid!), dayCount(days, l10n)) : '');
  }
  if (detail && late.length > 0) {
    const avg = Math.round(late.reduce((s, l) => s + l.days, 0) / late.length);
    parts.push(
      late.length === 1
        ? l10n.t('1 invoice paid late ({0}, {1})', late[0].invoice.id, dayCount(late[0].days, l10n))
        : l10n.t('{0} invoices paid late (avg {1} days: {2})', late.length, avg, listIds(late.map((l) => l.invoice.id))),
    );
  }

  const escalating = escalatingLateness(ctx.invoices, settings, asOf);
  if (escalating) {
    const newest = escalating[escalating.length - 1];
    const rise = newest.days - escalating[0].days;
    const trail = l10n.t('lateness escalating ({0} days)', escalating.map((l) => l.days).join(' → '));
    // Still unpaid: it does not fade, like the overdue invoice itself.
    const points = (B.escalation + Math.min(rise, B.escalationMaxDays) * B.escalationPerDay) * (newest.unpaid ? 1 : fade(newest.invoice.paid!));
    evidence.add(newest.invoice.line, points, describe ? `${trail}: ${escalating.map((l) => l.invoice.id).join(', ')}` : '');
    if (detail) parts.push(trail);
  }

  const usual = overdue.length > 0 ? usualInvoice(ctx.invoices) : undefined;
  for (const { invoice, daysOverdue } of overdue) {
    let points = B.overdue + Math.min(daysOverdue, B.overdueMaxDays) * B.overduePerDay;
    // The amount at stake, against what is usual for this client (many
    // trades have no hourly rate), or the days of work it pays at the rate.
    if (invoice.amount !== undefined && invoice.amount > 0) {
      const workDays = note.rate ? (invoice.amount / (note.rate * 8)) * B.overduePerWorkDay : 0;
      const usualShare = usual ? (invoice.amount / usual) * B.overduePerUsualInvoice : 0;
      points += Math.min(B.overdueMaxWorkDays, Math.max(workDays, usualShare));
    }
    evidence.add(
      invoice.line,
      points,
      !describe
        ? ''
        : invoice.amount !== undefined
          ? l10n.t('{0} ({1}) unpaid, {2} overdue', invoice.id, formatAmount(invoice.amount, note.currency), dayCount(daysOverdue, l10n))
          : l10n.t('{0} unpaid, {1} overdue', invoice.id, dayCount(daysOverdue, l10n)),
    );
  }
  if (detail) {
    for (const { invoice, daysOverdue } of overdue.slice(0, 3)) {
      parts.push(l10n.t('{0} unpaid, {1} overdue', invoice.id, dayCount(daysOverdue, l10n)));
    }
  }
  if (detail && overdue.length > 3) parts.push(l10n.t('{0} more unpaid', overdue.length - 3));
  if (detail && overdue.length > 0) {
    const total = overdue.reduce((s, o) => s + (o.invoice.amount ?? 0), 0);
    if (total > 0) parts.push(l10n.t('{0} overdue', formatAmount(total, note.currency)));
  }

  const tagged: readonly LogEntry[] = ctx.invoices.length === 0 ? ctx.tagged('late-payment') : [];
  for (const e of tagged) evidence.add(e.line, B.latePaymentTag * fade(e.date), describe ? entryText(e) : '');
  if (detail && tagged.length > 0) {
    const n = tagged.length;
    parts.push(n === 1 ? l10n.t('{0} #late-payment entry (invoices not tracked)', n) : l10n.t('{0} #late-payment entries (invoices not tracked)', n));
  }

  return evidence.draft(parts.join('; '));
}

/** `promised on 2026-11-10 to pay NW-019 by 2026-11-20; still unpaid`. */
function brokenPromiseText(promise: PaymentPromise, promised: readonly Invoice[], missed: readonly Invoice[], l10n: L10n): string {
  const what = l10n.t('promised on {0} to pay {1} by {2}', formatIsoDay(promise.entry.date), listIds(promised.map((i) => i.id)), formatIsoDay(promise.by));
  const unpaid = missed.filter((i) => i.paid === undefined && !i.paidUndated);
  const paidLate = missed.filter((i) => i.paid !== undefined);
  const outcome: string[] = [];
  if (paidLate.length > 0) outcome.push(l10n.t('{0} paid {1}', listIds(paidLate.map((i) => i.id)), formatIsoDay(latestPaid(paidLate))));
  if (unpaid.length > 0) {
    outcome.push(unpaid.length === promised.length ? l10n.t('still unpaid') : l10n.t('{0} still unpaid', listIds(unpaid.map((i) => i.id))));
  }
  return `${what}; ${outcome.join(', ')}`;
}

/** The median amount of the client's invoices (the usual size of its work), or undefined when none has an amount. */
function usualInvoice(invoices: readonly Invoice[]): number | undefined {
  const amounts = invoices.map((i) => i.amount).filter((a): a is number => a !== undefined && a > 0 && Number.isFinite(a));
  if (amounts.length === 0) return undefined;
  amounts.sort((a, b) => a - b);
  const mid = amounts.length >> 1;
  return amounts.length % 2 ? amounts[mid] : (amounts[mid - 1] + amounts[mid]) / 2;
}

function latestPaid(invoices: readonly Invoice[]): number {
  return invoices.reduce((d, i) => Math.max(d, i.paid!), -Infinity);
}

function listIds(ids: string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} +${ids.length - 3}`;
}
