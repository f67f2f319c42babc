/**
 * English wording shared by the scorer's details, the CLI and the VS Code
 * layer: counts, amounts and hours, in a fixed locale so that the same note
 * reads the same everywhere.
 */

/** `1 day`, `3 days`; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `EUR 2,400` — a fixed locale so that the same note reads the same everywhere. */
export function formatAmount(amount: number, currency?: string): string {
  const n = amount >= 10 && amount < 1e15 ? groupThousands(Math.round(amount)) : Math.abs(amount) >= 10 ? WHOLE.format(amount) : AMOUNT.format(amount);
  return currency ? `${currency} ${n}` : n;
}

/**
 * What WHOLE.format gives for a positive whole number below 10^15 (`2,400`),
 * without Intl, which costs a microsecond or two per call and runs for every
 * note's details. Math.round matches Intl's rounding (half away from zero)
 * for positive numbers; a test holds the two together.
 */
function groupThousands(whole: number): string {
  const digits = String(whole);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** `1.5h`: hours to one decimal. */
export function formatHours(hours: number): string {
  return `${roundHours(hours)}h`;
}

/** `1.5`: hours to one decimal, for a message that says the unit (`{0}h`). */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/** `+18`, `-3`, `0`: a change of score. */
export function formatSignedDelta(delta: number): string {
  return delta > 0 ? `+${delta}` : String(delta);
}

/** `31%`: a share (0–1) as a whole percentage. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

