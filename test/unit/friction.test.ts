import assert from 'node:assert/strict';
import { frictionScore, FrictionResult } from '../../src/core/score/friction';
import { formatAmount } from '../../src/core/text';
import { generateNote, random } from '../bench/generateNotes';
import { SignalId } from '../../src/core/settings';
import { formatIsoDay, weekday } from '../../src/core/dates';
import { ago, AS_OF, clientNote, day, invoiceLines, note, scoreClient, settings } from './helpers';

function score(frontmatter: string[], log: string[] = [], s = settings(), asOf = AS_OF): FrictionResult {
  return frictionScore(note(clientNote(frontmatter, log), 'clients/t.md', s), s, asOf);
}

function signal(result: FrictionResult, id: SignalId) {
  return result.signals.find((x) => x.id === id);
}

const INVOICE = (id: string, due: string, paid?: string, amount = 1000) =>
  [`  - id: ${id}`, `    amount: ${amount}`, `    due: ${due}`, ...(paid ? [`    paid: ${paid}`] : [])];

describe('friction score', () => {
  it('is zero and calm for a client with nothing against them', () => {
    const r = score(['client: Calm', 'rate: 80', 'invoices:', ...INVOICE('A-1', '2026-10-31', '2026-10-20')], ['- 2026-11-10 10:00 2h Work', '- 2026-11-11 Thanks! #praise']);
    assert.equal(r.score, 0);
    assert.equal(r.band, 'calm');
    assert.deepEqual(r.signals, []);
    assert.equal(r.praise.length, 1, 'praise is kept and shown');
  });

  describe('payment', () => {
    it('counts invoices paid late beyond the grace days, with ids and days in the detail', () => {
      const r = score(['client: P', 'invoices:', ...INVOICE('NW-1', '2026-10-01', '2026-10-31'), ...INVOICE('NW-2', '2026-10-01', '2026-10-03')]);
      const s = signal(r, 'payment')!;
      assert.match(s.detail, /^1 invoice paid late \(NW-1, 30 days\)$/);
      assert.equal(s.evidence.length, 1, 'NW-2 was within the 3 grace days');
      assert.equal(s.line, 4, 'the line of NW-1');
    });

    it('counts unpaid invoices past due to the as-of date, with the amount overdue', () => {
      const r = score(['client: P', 'currency: EUR', 'invoices:', ...INVOICE('NW-19', '2026-10-14', undefined, 3100)]);
      const s = signal(r, 'payment')!;
      assert.match(s.detail, /NW-19 unpaid, 44 days overdue; EUR 3,100 overdue/);
      assert.equal(r.amountOverdue, 3100);
    });

    it('does not count invoices not yet due, or paid after the as-of date as paid', () => {
      const r = score(['client: P', 'invoices:', ...INVOICE('F-1', '2026-12-15'), ...INVOICE('F-2', '2026-11-01', '2026-12-01')]);
      const s = signal(r, 'payment')!;
      assert.match(s.detail, /F-2 unpaid, 26 days overdue/);
      assert.doesNotMatch(s.detail, /F-1/);
    });

    it('grows with the days overdue', () => {
      const at = (asOf: string) => signal(score(['client: P', 'invoices:', ...INVOICE('A', '2026-10-01')], [], settings(), day(asOf)), 'payment')!.points;
      assert.ok(at('2026-11-27') > at('2026-10-20'));
    });

    it('reads #late-payment entries only when invoices are not tracked', () => {
      const log = ['- 2026-11-09 Paid five weeks late #late-payment'];
      assert.match(signal(score(['client: P'], log), 'payment')!.detail, /1 #late-payment entry \(invoices not tracked\)/);
      assert.equal(signal(score(['client: P', 'invoices:', ...INVOICE('A', '2026-10-01', '2026-10-01')], log), 'payment'), undefined);
    });
  });

  describe('after hours', () => {
    it('counts a timestamp outside working hours, a non-working day, #after-hours and #urgent', () => {
      const r = score(['client: A'], [
        '- 2026-11-03 23:40 WhatsApp', // Tuesday night
        '- 2026-11-21 Email', // Saturday
        '- 2026-11-04 #after-hours call',
        '- 2026-11-05 10:00 #urgent fix',
        '- 2026-11-06 10:00 normal call',
      ]);
      const s = signal(r, 'afterHours')!;
      assert.equal(s.evidence.length, 4);
      assert.match(s.detail, /3 after-hours contacts \(1 outside 09:00–18:00, 1 on non-working days, 1 tagged #after-hours\); 1 #urgent; latest 2026-11-21/);
    });

    it('follows the working hours and days of the settings', () => {
      const log = ['- 2026-11-03 19:30 call', '- 2026-11-22 Sunday call'];
      assert.equal(signal(score(['client: A'], log), 'afterHours')!.evidence.length, 2);
      const late = settings({ workingHours: { start: '10:00', end: '20:00' }, workingDays: ['sun', 'mon', 'tue', 'wed', 'thu'] });
      assert.equal(signal(score(['client: A'], log, late), 'afterHours'), undefined);
    });
  });

  describe('revisions', () => {
    it('counts rounds beyond revisions_included per deliverable, and vague feedback', () => {
      const rounds = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `- 2026-10-${String(from + i).padStart(2, '0')} feedback #revision`);
      const r = score(['client: R', 'revisions_included: 2'], [...rounds(4), '- 2026-10-10 done #delivered', ...rounds(3, 12), '- 2026-11-02 "make it pop" #vague']);
      const s = signal(r, 'revisions')!;
      assert.match(s.detail, /^3 revision rounds beyond the 2 included \(7 rounds over 2 deliverables\); 1 vague feedback$/);
    });

    it('starts a new deliverable after a long gap, and uses the default when the note is silent', () => {
      const r = score(['client: R'], ['- 2026-06-01 #revision', '- 2026-06-02 #revision', '- 2026-09-01 #revision', '- 2026-09-02 #revision']);
      assert.equal(signal(r, 'revisions'), undefined, '2 per deliverable by default, two deliverables');
    });
  });

  it('counts scope creep with the time it took', () => {
    const s = signal(score(['client: S'], ['- 2026-11-05 1.5h Blog, not in scope #scope-creep', '- 2026-11-20 Booking page #scope-creep']), 'scopeCreep')!;
    assert.equal(s.detail, '2 out-of-scope requests, 1.5h spent; latest 2026-11-20');
  });

  describe('effort', () => {
    it('compares the effective hourly rate with the agreed rate, over the work invoiced', () => {
      const s = signal(
        score(['client: E', 'rate: 100', 'currency: EUR', 'invoices:', ...INVOICE('I', '2026-11-01', '2026-11-01', 1000)], ['- 2026-11-01 09:00 20h Work', '- 2026-11-01 20h More work']),
        'effort',
      )!;
      assert.match(s.detail, /effective rate EUR 25\/h against EUR 100 agreed \(−75%\): 40h logged, EUR 1,000 paid/);
      assert.ok(Math.abs(s.points - 15) <= 0.2, `points ${s.points}`);
    });

    it('stays quiet when the client pays the rate, or when the rate is unknown', () => {
      const paid = ['client: E', 'rate: 100', 'invoices:', ...INVOICE('I', '2026-11-01', '2026-11-01', 4000)];
      assert.equal(signal(score(paid, ['- 2026-10-25 40h Work']), 'effort'), undefined);
      assert.equal(signal(score(['client: E', 'invoices:', ...INVOICE('I', '2026-11-01', '2026-11-01', 10)], ['- 2026-10-25 40h Work']), 'effort'), undefined);
    });

    it('leaves out the hours of the last weeks not invoiced yet, and counts older work never billed (issue 19)', () => {
      const fm = ['client: E', 'rate: 100', 'currency: EUR', 'invoices:', ...INVOICE('I', '2026-10-01', '2026-10-01', 2000)];
      // 20h invoiced and paid at the rate, 30h this month waiting for the next invoice: no shortfall.
      assert.equal(signal(score(fm, ['- 2026-09-20 20h Work', '- 2026-11-10 30h Work, November']), 'effort'), undefined);
      // 30h after the last invoice, two months old: a fixed price that ran over, never billed.
      const over = signal(score(fm, ['- 2026-09-20 20h Work', '- 2026-10-05 30h Fixes, not billed']), 'effort')!;
      assert.match(over.detail, /50h logged, EUR 2,000 paid/);
    });

    it('reads no rate from fewer than 10 hours (issue 19)', () => {
      const fm = ['client: E', 'rate: 100', 'currency: EUR', 'invoices:', ...INVOICE('I', '2026-11-01', '2026-11-01', 100)];
      assert.equal(signal(score(fm, ['- 2026-10-20 9.5h Work']), 'effort'), undefined);
      assert.ok(signal(score(fm, ['- 2026-10-20 10h Work']), 'effort'));
    });

    it('gives the whole-history effective rate for the portfolio', () => {
      const r = score(['client: E', 'rate: 100', 'invoices:', ...INVOICE('I', '2026-11-01', '2026-11-01', 1500)], ['- 2026-10-30 30h Work', '- 2026-11-20 12h Not invoiced yet']);
      assert.equal(r.effectiveRate, 50);
    });
  });

  describe('conduct', () => {
    it('weighs disrespect heavily: a few recent incidents dominate', () => {
      const r = score(['client: C', 'invoices:', ...INVOICE('L', '2026-10-01', '2026-10-20')], [
        '- 2026-10-20 Shouted on the phone #disrespect',
        '- 2026-11-02 Insulting email #rude',
        '- 2026-11-20 Mocked the work in a meeting #disrespect',
      ]);
      assert.equal(r.signals[0].id, 'conduct');
      assert.ok(r.score >= 60, `score ${r.score}`);
      assert.equal(r.band, 'fire');
      assert.match(r.signals[0].detail, /no referral/);
    });
  });

  it('lets old events fade: difficult two years ago and fine now ranks low', () => {
    const log = ['- 2024-11-01 #rude', '- 2024-11-02 23:00 #urgent', '- 2024-11-03 #rude', '- 2024-11-05 #scope-creep', '- 2024-11-06 #revision #vague'];
    const then = score(['client: Old'], log, settings(), day('2024-11-10'));
    const now = score(['client: Old'], log);
    assert.ok(then.score >= 60, `then ${then.score}`);
    assert.ok(now.score < 10, `now ${now.score}`);
    assert.equal(now.band, 'calm');
  });

  it('halves an event after one half-life', () => {
    const at = (d: string) => signal(score(['client: H'], [`- ${d} #scope-creep`]), 'scopeCreep')!.points;
    assert.equal(at('2026-11-27'), 3);
    assert.equal(at('2026-08-29'), 1.5); // 90 days before
  });

  it('does not count entries dated after the as-of date', () => {
    const r = score(['client: F'], ['- 2026-12-24 #rude', '- 2026-12-25 #praise']);
    assert.equal(r.score, 0);
    assert.equal(r.praise.length, 0);
  });

  it('does not let praise offset friction', () => {
    const base = ['- 2026-11-20 #rude'];
    assert.equal(score(['client: P'], [...base, '- 2026-11-24 #praise', '- 2026-11-25 #praise']).score, score(['client: P'], base).score);
  });

  it('applies weights and band thresholds from the settings', () => {
    const log = ['- 2026-11-20 #rude'];
    assert.equal(signal(score(['client: W'], log, settings({ weights: { conduct: 0 } })), 'conduct'), undefined);
    const doubled = signal(score(['client: W'], log, settings({ weights: { conduct: 2 } })), 'conduct')!;
    assert.ok(Math.abs(doubled.points - 2 * signal(score(['client: W'], log), 'conduct')!.points) < 0.15);
    assert.equal(score(['client: W'], log, settings({ bandThresholds: { watch: 5, strained: 10, fire: 20 } })).band, 'fire');
  });

  it('is deterministic: the same note, settings and date give the same result', () => {
    const fm = ['client: D', 'rate: 50', 'invoices:', ...INVOICE('A', '2026-10-01'), ...INVOICE('B', '2026-09-01', '2026-10-15')];
    const log = ['- 2026-11-03 23:40 #urgent', '- 2026-11-04 #revision #vague', '- 2026-11-05 3h #scope-creep', '- 2026-11-06 #rude', '- 2026-11-07 20h work'];
    const a = score(fm, log);
    for (let i = 0; i < 5; i++) assert.deepStrictEqual(score(fm, log), a);
    assert.equal(score(fm, [...log].reverse()).score, a.score, 'log order does not change the score');
  });

  it('scores the same without wording the evidence, which is then left out', () => {
    const s = settings();
    for (let i = 0; i < 200; i++) {
      const n = note(generateNote(i), `clients/c${i}.md`, s);
      const full = frictionScore(n, s, AS_OF);
      const lean = frictionScore(n, s, AS_OF, { evidence: false });
      assert.deepEqual(lean, { ...full, signals: full.signals.map((x) => ({ ...x, evidence: [] })) });
    }
  });

  it('formats amounts as Intl en-US does, rounding half away from zero', () => {
    const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const small = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    const r = random(9);
    const values = [0, 9.995, 10, 10.5, 11.5, 999.5, 1000, 1234567.5, 1e15 - 1, 1e15, 2 ** 53 + 2, -10.5, -1234.5, 0.1 + 0.2, 4503599627370495.5];
    for (let k = 0; k < 20000; k++) {
      const digits = Math.floor(r() * 16);
      values.push(r() * 10 ** digits, Math.floor(r() * 10 ** digits) + 0.5);
    }
    for (const v of values) assert.equal(formatAmount(v, 'EUR'), `EUR ${Math.abs(v) >= 10 ? whole.format(v) : small.format(v)}`, String(v));
  });

  it('sorts signals by points, highest first', () => {
    const r = score(['client: S'], ['- 2026-11-20 #rude', '- 2026-11-21 #scope-creep', '- 2026-11-22 Sunday']);
    const points = r.signals.map((s) => s.points);
    assert.deepEqual(points, [...points].sort((x, y) => y - x));
  });
});

describe('calibration (issue 9)', () => {
  it('takes nine revision rounds on one deliverable with two included, in five weeks, with weekend demands, to fire', () => {
    const log: string[] = [];
    for (let k = 0; k < 9; k++) {
      const d = AS_OF - 35 + Math.round((k * 35) / 8);
      log.push(`- ${formatIsoDay(d)} Feedback round ${k + 1}: another direction #revision`);
    }
    // Weekend demands: three of the rounds came with a Saturday or Sunday message.
    const weekends = [AS_OF - 33, AS_OF - 19, AS_OF - 5].map((d) => d - ((weekday(d) + 1) % 7));
    for (const d of weekends) log.push(`- ${formatIsoDay(d)} Weekend message: "need the new version Monday"`);
    const r = scoreClient(['client: R', 'revisions_included: 2'], log);
    assert.equal(r.signals[0].id, 'revisions');
    assert.equal(r.band, 'fire', `score ${r.score}`);
  });

  it('takes one abusive message alone, or one chargeback alone, to strained at least', () => {
    for (const tag of ['#rude', '#disrespect', '#chargeback', '#refund-demand']) {
      const r = scoreClient(['client: One'], [`- ${ago(40)} One message ${tag}`]);
      assert.ok(r.score >= 35, `${tag}: ${r.score}`);
    }
  });

  it('finds a client who pays on time and has gone quiet for three weeks worth a look, not on fire', () => {
    const fm = ['client: Quiet', 'rate: 80', 'invoices:', ...invoiceLines('Q-1', '2026-09-30', '2026-09-28'), ...invoiceLines('Q-2', '2026-10-31', '2026-10-30')];
    const r = scoreClient(fm, [`- ${ago(40)} 4h Work`, `- ${ago(21)} Sent the new pages for approval #waiting`, `- ${ago(14)} Reminder about the pages #waiting`]);
    assert.equal(r.signals[0].id, 'silence');
    assert.equal(r.band, 'watch', `score ${r.score}`);
  });

  it('keeps a single late payment as noise', () => {
    assert.equal(scoreClient(['client: L', 'invoices:', ...invoiceLines('L-1', ago(40), ago(30))]).band, 'calm');
  });

  it('keeps every number finite on generated notes, with the new tags', () => {
    const s = settings();
    for (let i = 0; i < 200; i++) {
      const text = generateNote(i).replace(/#praise/g, '#waiting').replace(/#after-hours/g, '#reply').replace(/#late-payment/g, '#chargeback');
      const r = frictionScore(note(text, `clients/g${i}.md`, s), s, AS_OF);
      assert.ok(Number.isFinite(r.score) && Number.isFinite(r.rawPoints));
      for (const x of r.signals) assert.ok(Number.isFinite(x.points));
    }
  });
});
