/**
 * The Pareto chart: ranked clients by friction, each with its share of the
 * friction and its share of the income side by side, the cumulative friction
 * line, and the "vital few" — the smallest top slice of the ranking that
 * carries 80% of the friction (the same set as the CLI's `pareto`).
 */
import { ENGLISH, L10n } from '../l10n';
import { formatShare } from '../text';
import { FlagId } from '../score/flags';
import { Band } from '../settings';
import { ClientSummary, IncomeBase, incomeShare, paretoOf } from '../rank/portfolio';

export interface ParetoBar {
  file: string;
  name: string;
  band: Band;
  score: number;
  flags: FlagId[];
  /** This client's share of the total friction (0–1). */
  frictionShare: number;
  incomeShare: number | null;
  /** Share of the friction carried by this client and every one ranked above it (0–1). */
  cumulative: number;
  /** Among the vital few. */
  vital: boolean;
}

export interface ParetoChart {
  bars: ParetoBar[];
  /** Size of the vital few. */
  vitalFew: number;
  ofClients: number;
  /** Share of the friction the vital few carry (0–1, rounded to hundredths as in the CLI). */
  shareOfFriction: number;
  /** Share of the income the vital few bring (0–1), or null when nobody paid anything. */
  shareOfIncome: number | null;
  /** "3 of 12 clients carry 81% of the friction and bring 24% of the income." */
  sentence: string;
}

/** `ranked` in ranking order (score, then name), as the index keeps it; `income` is what shares are counted against; `l10n` words the sentence. */
export function paretoChart(ranked: readonly ClientSummary[], income: IncomeBase, l10n: L10n = ENGLISH): ParetoChart {
  const total = ranked.reduce((s, c) => s + c.score, 0);
  const p = paretoOf(ranked, total, income);
  let carried = 0;
  const bars = ranked.map((c, i): ParetoBar => {
    carried += c.score;
    return {
      file: c.file,
      name: c.name,
      band: c.band,
      score: c.score,
      flags: c.flags.map((f) => f.id),
      frictionShare: total > 0 ? c.score / total : 0,
      incomeShare: incomeShare(c, income),
      cumulative: total > 0 ? carried / total : 0,
      vital: i < p.clients,
    };
  });
  return {
    bars,
    vitalFew: p.clients,
    ofClients: p.ofClients,
    shareOfFriction: p.shareOfFriction,
    shareOfIncome: p.shareOfIncome,
    sentence: paretoSentence(p.clients, p.ofClients, p.shareOfFriction, p.shareOfIncome, l10n),
  };
}

export function paretoSentence(vitalFew: number, ofClients: number, shareOfFriction: number, shareOfIncome: number | null, l10n: L10n = ENGLISH): string {
  if (ofClients === 0) return l10n.t('No clients yet.');
  if (vitalFew === 0) return ofClients === 1 ? l10n.t('The client carries no friction.') : l10n.t('None of the {0} clients carries any friction.', ofClients);
  const [n, of, friction] = [vitalFew, ofClients, formatShare(shareOfFriction)];
  if (shareOfIncome === null) {
    if (ofClients === 1) return l10n.t('{0} of {1} client carries {2} of the friction.', n, of, friction);
    return vitalFew === 1 ? l10n.t('{0} of {1} clients carries {2} of the friction.', n, of, friction) : l10n.t('{0} of {1} clients carry {2} of the friction.', n, of, friction);
  }
  const income = formatShare(shareOfIncome);
  if (ofClients === 1) return l10n.t('{0} of {1} client carries {2} of the friction and brings {3} of the income.', n, of, friction, income);
  return vitalFew === 1
    ? l10n.t('{0} of {1} clients carries {2} of the friction and brings {3} of the income.', n, of, friction, income)
    : l10n.t('{0} of {1} clients carry {2} of the friction and bring {3} of the income.', n, of, friction, income);
}
