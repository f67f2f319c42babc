/** `payment`: invoices paid late, unpaid ones overdue, `#late-payment` where invoices are not tracked. */
import { formatIsoDay } from '../../dates';
import { formatAmount, plural } from '../../text';
import { entryText, Evidence, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function paymentSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { note, settings, asOf, overdue, fade, describe } = ctx;
  const evidence: Evidence[] = [];
  const late: { id: string; days: number }[] = [];
  for (const invoice of ctx.invoices) {
    if (invoice.due === undefined || invoice.paid === undefined || invoice.paid > asOf) continue;
    const days = invoice.paid - invoice.due;
    if (days <= settings.graceDays) continue;
    late.push({ id: invoice.id, days });
    evidence.push({
      line: invoice.line,
      text: describe ? `${invoice.id} paid ${formatIsoDay(invoice.paid)}, ${plural(days, 'day')} after its due date` : '',
      points: (B.latePaid + Math.min(days, B.latePaidMaxDays) * B.latePaidPerDay) * fade(invoice.paid),
    });
  }
  for (const { invoice, daysOverdue } of overdue) {
    let points = B.overdue + Math.min(daysOverdue, B.overdueMaxDays) * B.overduePerDay;
    if (invoice.amount !== undefined && note.rate) {
      points += Math.min(B.overdueMaxWorkDays, (invoice.amount / (note.rate * 8)) * B.overduePerWorkDay);
    }
    evidence.push({
      line: invoice.line,
      text: describe
        ? `${invoice.id}${invoice.amount !== undefined ? ` (${formatAmount(invoice.amount, note.currency)})` : ''} unpaid, ${plural(daysOverdue, 'day')} overdue`
        : '',
      points,
    });
  }
  const tagged = note.invoices.length === 0 ? ctx.tagged('late-payment') : [];
  for (const e of tagged) {
    evidence.push({ line: e.line, text: describe ? entryText(e) : '', points: B.latePaymentTag * fade(e.date) });
  }
  if (evidence.length === 0) return undefined;

  const parts: string[] = [];
  if (late.length > 0) {
    const avg = Math.round(late.reduce((s, l) => s + l.days, 0) / late.length);
    parts.push(
      late.length === 1
        ? `1 invoice paid late (${late[0].id}, ${plural(late[0].days, 'day')})`
        : `${late.length} invoices paid late (avg ${avg} days: ${listIds(late.map((l) => l.id))})`,
    );
  }
  for (const { invoice, daysOverdue } of overdue.slice(0, 3)) {
    parts.push(`${invoice.id} unpaid, ${plural(daysOverdue, 'day')} overdue`);
  }
  if (overdue.length > 3) parts.push(`${overdue.length - 3} more unpaid`);
  if (overdue.length > 0) {
    const total = overdue.reduce((s, o) => s + (o.invoice.amount ?? 0), 0);
    if (total > 0) parts.push(`${formatAmount(total, note.currency)} overdue`);
  }
  if (tagged.length > 0) parts.push(`${plural(tagged.length, '#late-payment entry', '#late-payment entries')} (invoices not tracked)`);
  return { evidence, detail: parts.join('; ') };
}

function listIds(ids: string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} +${ids.length - 3}`;
}
