/**
 * Realistic client notes for the benchmark: varied names, contacts, invoices
 * (~10 each, some late or unpaid) and log lines (~50 each, with times,
 * durations and tags), from a seeded generator so every run writes the same
 * notes.
 */
import { formatIsoDay, parseIsoDay } from '../../src/core/dates';

const FIRST = ['Dana', 'Amir', 'Siti', 'Lena', 'Marco', 'Priya', 'Tom', 'Aiko', 'Farah', 'Jonas', 'Chen', 'Olu'];
const LAST = ['Whitfield', 'Rahman', 'Okafor', 'Novak', 'Rossi', 'Iyer', 'Berg', 'Tanaka', 'Aziz', 'Keller', 'Lim', 'Adeyemi'];
const KIND = ['Studio', 'Bakery', 'Labs', 'Consulting', 'Dental', 'Motors', 'Press', 'Kitchen', 'Partners', 'Yoga'];
const PLACE = ['Northwind', 'Harbour', 'Maple', 'Kampung', 'Granite', 'Bluebird', 'Cedar', 'Lotus', 'Ironside', 'Juniper'];
const WORK = [
  'Design work on the landing page',
  'Call about the next sprint',
  'Feedback round on the logo',
  'WhatsApp about the hero image',
  'Email: "not quite it, make it pop"',
  'Asked for a blog section, not in scope',
  'Invoice reminder sent',
  'Kind words about the launch',
  'Copy edits for the brochure',
  'Fixed the contact form',
];
const TAGS = ['', '', '', ' #urgent', ' #revision', ' #revision #vague', ' #scope-creep', ' #late-payment', ' #praise', ' #after-hours', ' #rude'];

/** A tiny deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function generateNote(i: number, seedBase = 1): string {
  const r = random(seedBase * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const name = `${pick(PLACE)} ${pick(KIND)} ${i}`;
  const start = parseIsoDay('2025-01-06')! + Math.floor(r() * 300);
  const lines: string[] = ['---', `client: ${name}`, `status: ${r() < 0.05 ? 'former' : r() < 0.05 ? 'lead' : 'active'}`];
  lines.push(
    r() < 0.7
      ? `contact: ${person} <${person.split(' ')[0].toLowerCase()}@${name.split(' ')[0].toLowerCase()}.example>`
      : `contact:\n  name: ${person}\n  phone: "+60 12-345 ${1000 + i}"`,
  );
  lines.push(`since: ${formatIsoDay(start)}`, `rate: ${40 + Math.floor(r() * 80)}`, `currency: ${pick(['EUR', 'USD', 'MYR', 'GBP'])}`);
  lines.push(`notice_days: ${pick([14, 30, 30, 60])}`, `revisions_included: ${pick([1, 2, 2, 3])}`);
  lines.push(`contract: contracts/${name.toLowerCase().replace(/\s+/g, '-')}.pdf`, `scope: Brand refresh and marketing site  # agreed in the MSA`);
  lines.push('invoices:');
  for (let k = 0; k < 10; k++) {
    const issued = start + 30 * k;
    const due = issued + 30;
    const late = r() < 0.2 ? Math.floor(r() * 50) : Math.floor(r() * 4) - 2;
    const amount = 500 + Math.floor(r() * 40) * 50;
    lines.push(`  - id: ${name.slice(0, 2).toUpperCase()}-${pad(i % 100)}${pad(k)}`);
    lines.push(r() < 0.2 ? `    amount: "${amount.toLocaleString('en-US')}"` : `    amount: ${amount}`);
    lines.push(`    issued: ${formatIsoDay(issued)}`, `    due: ${formatIsoDay(due)}`);
    if (k < 8 || r() < 0.5) lines.push(`    paid: ${formatIsoDay(due + late)}`);
  }
  lines.push(`tags: [${pick(['retainer', 'project', 'hourly'])}, ${pick(['design', 'web', 'copy'])}]`, '---', '', `# ${name}`, '');
  lines.push(`Main contact ${person}. Prefers calls in the morning; invoices go to accounts.`, '', '## Log');
  let day = start;
  for (let k = 0; k < 50; k++) {
    day += 1 + Math.floor(r() * 12);
    const time = r() < 0.5 ? ` ${pad(7 + Math.floor(r() * 16))}:${pad(Math.floor(r() * 60))}` : '';
    const duration = r() < 0.4 ? ` ${pick(['1h', '2h', '1.5h', '45m', '3h', '30m'])}` : '';
    lines.push(`- ${formatIsoDay(day)}${time}${duration} ${pick(WORK)}${pick(TAGS)}`);
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * A note with `lines` log lines (10,000: ~1 MB, the size cap): the frontmatter
 * of a generated note, then years of entries, a day or two apart, with
 * times, durations and tags.
 */
export function bigLogNote(lines = 10_000, seed = 7): string {
  const r = random(seed);
  const head = generateNote(seed);
  const frontmatter = head.slice(0, head.indexOf('\n---', 3) + 5);
  const out: string[] = [frontmatter, '', '# Big Account', '', '## Log'];
  // Two entries a day on average, ending by 2026-11-25, so that every entry counts as of the bench's day.
  const last = parseIsoDay('2026-11-25')!;
  let day = last - Math.ceil(lines / 2);
  for (let k = 0; k < lines; k++) {
    day = Math.min(last, day + (r() < 0.5 ? 1 : 0));
    const time = r() < 0.5 ? ` ${pad(7 + Math.floor(r() * 16))}:${pad(Math.floor(r() * 60))}` : '';
    const duration = r() < 0.4 ? ` ${['1h', '2h', '1.5h', '45m', '3h', '30m'][Math.floor(r() * 6)]}` : '';
    out.push(`- ${formatIsoDay(day)}${time}${duration} ${WORK[Math.floor(r() * WORK.length)]} for the account, item ${k}${TAGS[Math.floor(r() * TAGS.length)]}`);
  }
  out.push('');
  return out.join('\n');
}

/**
 * A heavy user's note (issue 23): `years` of a client, ending 2026-11-25:
 * an invoice a month and a log line most days (5 years: ~110 KB).
 */
export function yearsNote(i: number, years = 5, seedBase = 11): string {
  const r = random(seedBase * 1_000_003 + i);
  const head = generateNote(i, seedBase);
  const name = /^client: (.*)$/m.exec(head)![1];
  const lines = head.slice(0, head.indexOf('invoices:')).split('\n');
  const last = parseIsoDay('2026-11-25')!;
  const start = last - years * 365;
  lines.push('invoices:');
  for (let m = 0; m < years * 12; m++) {
    const issued = start + m * 30;
    const due = issued + 30;
    const late = r() < 0.2 ? Math.floor(r() * 40) : Math.floor(r() * 4) - 2;
    lines.push(`  - id: ${name.slice(0, 2).toUpperCase()}-${i}-${m}`, `    amount: ${600 + Math.floor(r() * 30) * 50}`, `    issued: ${formatIsoDay(issued)}`, `    due: ${formatIsoDay(due)}`);
    if (due + late < last && (m < years * 12 - 2 || r() < 0.5)) lines.push(`    paid: ${formatIsoDay(due + late)}`);
  }
  lines.push('tags: [retainer]', '---', '', `# ${name}`, '', '## Log');
  let day = start;
  while (day < last) {
    day = Math.min(last, day + (r() < 0.12 ? 0 : 1));
    const time = r() < 0.5 ? ` ${pad(7 + Math.floor(r() * 16))}:${pad(Math.floor(r() * 60))}` : '';
    const duration = r() < 0.5 ? ` ${pick(r, ['1h', '2h', '1.5h', '45m', '3h', '30m'])}` : '';
    lines.push(`- ${formatIsoDay(day)}${time}${duration} ${pick(r, WORK)}${pick(r, TAGS)}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** A note of about `bytes` whose frontmatter is mostly invoices (the size cap's other shape). */
export function invoiceHeavyNote(bytes = 1024 * 1024 - 4096, seed = 5): string {
  const r = random(seed);
  const out = ['---', 'client: Invoice Heavy', 'rate: 90', 'currency: EUR', 'invoices:'];
  let size = out.join('\n').length;
  const base = parseIsoDay('2016-01-01')!;
  for (let k = 0; size < bytes - 200; k++) {
    const due = base + (k % 3900);
    const entry = `  - id: IH-${k}\n    amount: ${500 + Math.floor(r() * 40) * 50}\n    issued: ${formatIsoDay(due - 30)}\n    due: ${formatIsoDay(due)}\n${r() < 0.9 ? `    paid: ${formatIsoDay(due + Math.floor(r() * 20))}\n` : ''}`;
    out.push(entry.slice(0, -1));
    size += entry.length;
  }
  out.push('---', '', '# Invoice Heavy', '', '## Log', '- 2026-11-20 Call about the next batch', '');
  return out.join('\n');
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}
