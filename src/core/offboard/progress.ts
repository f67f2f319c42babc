/**
 * Offboarding progress read back from a note: the checked task items under
 * the `## Offboarding (started YYYY-MM-DD)` heading (or its Malay form), and
 * the notice end date once the notice item is ticked.
 */
import { CalendarDay, parseIsoDay } from '../dates';
import { Heading, TaskItem } from '../read/markdownBody';

/** Headings the checklist generator writes, in every language. */
export const OFFBOARDING_HEADING = /^(?:offboarding|penamatan)\b/i;
/** The label that starts the notice step, in every language. */
export const NOTICE_STEP = /\b(?:give notice|beri notis)\b/i;

export interface OffboardingProgress {
  /** 1-based line of the heading. */
  line: number;
  started?: CalendarDay;
  done: number;
  total: number;
  /** The date written in the notice item, once that item is checked. */
  noticeEnds?: CalendarDay;
}

export function offboardingProgress(headings: readonly Heading[], tasks: readonly TaskItem[]): OffboardingProgress | undefined {
  const start = headings.findIndex((h) => OFFBOARDING_HEADING.test(h.text));
  if (start < 0) return undefined;
  const level = headings[start].level;
  let end = start + 1;
  while (end < headings.length && headings[end].level > level) end++;

  const dateIn = (text: string): CalendarDay | undefined => {
    const all = text.match(/\d{4}-\d{2}-\d{2}/g);
    return all ? parseIsoDay(all[all.length - 1]) : undefined;
  };
  const progress: OffboardingProgress = { line: headings[start].line, started: dateIn(headings[start].text), done: 0, total: 0 };
  for (const task of tasks) {
    if (task.section < start || task.section >= end) continue;
    progress.total++;
    if (!task.checked) continue;
    progress.done++;
    if (NOTICE_STEP.test(task.text)) progress.noticeEnds = dateIn(task.text) ?? progress.noticeEnds;
  }
  return progress;
}
