/**
 * The export formats, told apart by their header names, never by position:
 * a format fits when all its required columns are there (ignoring case and
 * surrounding spaces); among several, the one that knows most columns wins.
 */
import { ENGLISH, L10n } from '../../l10n';
import { clockify } from './clockify';
import { ExportFormat, FormatName } from './format';
import { freshbooksInvoices } from './freshbooksInvoices';
import { harvestInvoices } from './harvestInvoices';
import { harvestTime } from './harvestTime';
import { toggl } from './toggl';

export { FORMAT_NAMES } from './format';
export type { ExportFormat, FormatName } from './format';

export const FORMATS: readonly ExportFormat[] = [toggl, clockify, harvestTime, harvestInvoices, freshbooksInvoices];

export function formatNamed(name: FormatName): ExportFormat {
  return FORMATS.find((f) => f.name === name)!;
}

/** A format as a person names it, in the words of `l10n` (`format.label` in English). */
const LABELS: Record<FormatName, (l10n: L10n) => string> = {
  toggl: (l10n) => l10n.t('Toggl Track detailed report'),
  clockify: (l10n) => l10n.t('Clockify detailed report'),
  'harvest-time': (l10n) => l10n.t('Harvest detailed time report'),
  'harvest-invoices': (l10n) => l10n.t('Harvest invoice report'),
  'freshbooks-invoices': (l10n) => l10n.t('FreshBooks invoice details'),
};

export function formatLabel(format: ExportFormat, l10n: L10n = ENGLISH): string {
  return LABELS[format.name](l10n);
}

/** The columns of `format` that `header` lacks (one name per group of alternatives: `A or B`, worded by `l10n`). */
export function missingColumns(format: ExportFormat, header: readonly string[], l10n: L10n = ENGLISH): string[] {
  const have = new Set(header.map((h) => h.trim().toLowerCase()));
  const missing = format.required.filter((c) => !have.has(c.toLowerCase()));
  for (const group of format.oneOf ?? []) if (!group.some((c) => have.has(c.toLowerCase()))) missing.push(group.reduce((either, c) => l10n.t('{0} or {1}', either, c)));
  return missing;
}

/** The format whose columns `header` has, or undefined. */
export function detectFormat(header: readonly string[]): ExportFormat | undefined {
  const have = new Set(header.map((h) => h.trim().toLowerCase()));
  let best: ExportFormat | undefined;
  let bestScore = -1;
  for (const format of FORMATS) {
    if (missingColumns(format, header).length) continue;
    const score = format.known.filter((c) => have.has(c.toLowerCase())).length;
    if (score > bestScore) [best, bestScore] = [format, score];
  }
  return best;
}
