/**
 * `afterHours`: contacts outside working hours or on non-working days,
 * `#after-hours`, `#urgent`. Only contacts count (the freelancer's own work
 * late at night is their choice), and not inside the note's `hours:` (times
 * agreed with this client) or tagged `#agreed`.
 */
import { formatClock, formatIsoDay, weekday } from '../../dates';
import { isWithinAgreedHours } from '../../read/agreedHours';
import { LogEntry } from '../../read/logEntry';
import { TAG_BIT } from '../../tags';
import { entryText, EvidenceList, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function afterHoursSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { settings, fade, describe, l10n } = ctx;
  const agreedHours = ctx.note.agreedHours;
  const evidence = new EvidenceList(describe);
  let night = 0;
  let offDay = 0;
  let tagged = 0;
  let urgent = 0;
  let latest: LogEntry | undefined;
  let workingDays = 0; // bit d set: weekday d is a working day
  for (const d of settings.workingDays) workingDays |= 1 << d;
  for (const e of ctx.log) {
    if (!e.contact) continue;
    const isUrgent = (e.tagBits & TAG_BIT.urgent) !== 0;
    const isTagged = (e.tagBits & TAG_BIT['after-hours']) !== 0;
    let isOffDay = (workingDays & (1 << weekday(e.date))) === 0;
    let isOffHours = e.minutes !== undefined && (e.minutes < settings.workStartMinutes || e.minutes >= settings.workEndMinutes);
    // Planned together (`#agreed`), or inside the hours agreed with this client: not an intrusion.
    if ((isOffDay || isOffHours) && ((e.tagBits & TAG_BIT.agreed) !== 0 || (agreedHours !== undefined && isWithinAgreedHours(agreedHours, e.date, e.minutes)))) {
      isOffDay = isOffHours = false;
    }
    const afterHours = isOffDay || isOffHours || (isTagged && (e.tagBits & TAG_BIT.agreed) === 0);
    if (!afterHours && !isUrgent) continue;
    if (isOffDay) offDay++;
    else if (isOffHours) night++;
    else if (afterHours) tagged++;
    if (isUrgent) urgent++;
    const points = ((afterHours ? B.afterHours : 0) + (isUrgent ? B.urgent : 0)) * fade(e.date);
    evidence.add(e.line, points, describe ? entryText(e) : '');
    if (afterHours && (!latest || e.date > latest.date || (e.date === latest.date && e.line > latest.line))) latest = e;
  }
  if (evidence.count === 0 || !ctx.detail) return evidence.draft('');
  const contacts = offDay + night + tagged;
  const parts: string[] = [];
  if (contacts > 0) {
    const how: string[] = [];
    if (night) how.push(l10n.t('{0} outside {1}–{2}', night, formatClock(settings.workStartMinutes), formatClock(settings.workEndMinutes)));
    if (offDay) how.push(l10n.t('{0} on non-working days', offDay));
    if (tagged) how.push(l10n.t('{0} tagged #after-hours', tagged));
    const list = how.join(', ');
    parts.push(contacts === 1 ? l10n.t('{0} after-hours contact ({1})', contacts, list) : l10n.t('{0} after-hours contacts ({1})', contacts, list));
  }
  if (urgent) parts.push(`${urgent} #urgent`);
  if (latest) parts.push(l10n.t('latest {0}', `${formatIsoDay(latest.date)}${latest.minutes !== undefined ? ` ${formatClock(latest.minutes)}` : ''}`));
  return evidence.draft(parts.join('; '));
}
