/** Builders shared by the report's unit tests. */
import { ClientSummary } from '../../src/core/rank/portfolio';
import { ReportClient } from '../../src/core/report/facts';
import { buildReport, FrictionReport, reportClient } from '../../src/core/report/report';
import { AS_OF, note, readExample, settings } from './helpers';

export const S = settings();

/** A summary as the index keeps it, for chart models fed by hand. */
export function summary(name: string, score: number, extra: Partial<ClientSummary> = {}): ClientSummary {
  return {
    file: `clients/${name.toLowerCase().replace(/\W+/g, '-')}.md`,
    name,
    status: 'active',
    score,
    band: score >= 60 ? 'fire' : score >= 35 ? 'strained' : score >= 10 ? 'watch' : 'calm',
    signals: [],
    flags: [],
    trend: { days: 30, scoreThen: score, delta: 0 },
    income: { paid12m: 0, currency: 'EUR' },
    problems: [],
    amountOverdue: 0,
    currency: 'EUR',
    hoursLogged: 0,
    praiseCount: 0,
    ...extra,
  };
}

/** A report client from a note's text, as of AS_OF. */
export function fromNote(text: string, file = 'clients/test.md', s = S): ReportClient {
  return reportClient(note(text, file, s), s, AS_OF);
}

/** Report facts of a note that records nothing. */
export const noFacts = { weekly: [], unpaid: [], hoursInYear: 0 };

/**
 * The markup with every quoted attribute value emptied. Every `<`, `>` and `"`
 * of a note is escaped, so what is left of a tag is ours: its names only.
 */
export function withoutAttributeValues(html: string): string {
  return html.replace(/"[^"]*"/g, '""');
}

/** The report of the ten first example notes, as of AS_OF (in the language of `s`). */
export function exampleReport(s = S): FrictionReport {
  const files = ['bluebird-dental', 'cedar-pine', 'gallo-restaurants', 'harbour-yoga', 'ironside-motors', 'kampung-kopi', 'lotus-tech', 'maple-press', 'northwind-studio', 'old-harbour-cafe'];
  const clients = files.map((f) => fromNote(readExample(`${f}.md`), `clients/${f}.md`, s));
  return buildReport({ clients, settings: s, asOf: AS_OF });
}
