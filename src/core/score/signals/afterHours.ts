/** `afterHours`: contacts outside working hours or on non-working days, `#after-hours`, `#urgent`. */
import { formatClock, formatIsoDay, weekday } from '../../dates';
import { LogEntry } from '../../read/logEntry';
import { plural } from '../../text';
import { entryText, Evidence, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function afterHoursSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { settings, fade, describe } = ctx;
  const evidence: Evidence[] = [];
  let night = 0;
  let offDay = 0;
  let tagged = 0;
  let urgent = 0;
  let latest: LogEntry | undefined;
  for (const e of ctx.log) {
    const isOffDay = !settings.workingDays.includes(weekday(e.date));
    const isOffHours = e.minutes !== undefined && (e.minutes < settings.workStartMinutes || e.minutes >= settings.workEndMinutes);
    const isTagged = e.tags.includes('after-hours');
    const isUrgent = e.tags.includes('urgent');
    const afterHours = isOffDay || isOffHours || isTagged;
    if (!afterHours && !isUrgent) continue;
    if (isOffDay) offDay++;
    else if (isOffHours) night++;
    else if (isTagged) tagged++;
    if (isUrgent) urgent++;
    const points = ((afterHours ? B.afterHours : 0) + (isUrgent ? B.urgent : 0)) * fade(e.date);
    evidence.push({ line: e.line, text: describe ? entryText(e) : '', points });
    if (afterHours && (!latest || e.date > latest.date || (e.date === latest.date && e.line > latest.line))) latest = e;
  }
  if (evidence.length === 0) return undefined;
  const contacts = offDay + night + tagged;
  const parts: string[] = [];
  if (contacts > 0) {
    const how: string[] = [];
    if (night) how.push(`${night} outside ${formatClock(settings.workStartMinutes)}–${formatClock(settings.workEndMinutes)}`);
    if (offDay) how.push(`${offDay} on non-working days`);
    if (tagged) how.push(`${tagged} tagged #after-hours`);
    parts.push(`${plural(contacts, 'after-hours contact')} (${how.join(', ')})`);
  }
  if (urgent) parts.push(`${urgent} #urgent`);
  if (latest) parts.push(`latest ${formatIsoDay(latest.date)}${latest.minutes !== undefined ? ` ${formatClock(latest.minutes)}` : ''}`);
  return { evidence, detail: parts.join('; ') };
}
