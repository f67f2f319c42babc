/**
 * Calibration (issue 19): real situations from other trades, each held to the
 * band a seasoned freelancer would give, and the situations issue 19 saw
 * going wrong held to what they should be. The README's calibration table is
 * printed from the same fixtures (CF_PRINT_CALIBRATION=1).
 */
import assert from 'node:assert/strict';
import { frictionScore } from '../../src/core/score/friction';
import { EXAMPLE_BANDS, SITUATIONS } from './calibration.fixtures';
import { AS_OF, exampleNames, note, readExample, settings } from './helpers';

const scored = (id: string) => {
  const s = SITUATIONS.find((x) => x.id === id)!;
  return frictionScore(note(s.note, `clients/${id}.md`), settings(), AS_OF);
};
const signal = (id: string, signalId: string) => scored(id).signals.find((x) => x.id === signalId);

describe('calibration: what a seasoned freelancer would sign (issue 19)', () => {
  for (const s of SITUATIONS) {
    it(`${s.trade}: ${s.story} → ${s.expected.join(' or ')}`, () => {
      const r = scored(s.id);
      assert.ok(s.expected.includes(r.band), `${s.id}: ${r.score} ${r.band}, ${r.signals.map((x) => `${x.id} ${x.points}`).join(', ')}`);
      assert.deepEqual(note(s.note, `clients/${s.id}.md`).problems, []);
    });
  }

  it('gives every example client the band a seasoned freelancer would', () => {
    for (const name of exampleNames()) {
      const r = frictionScore(note(readExample(name), `clients/${name}`), settings(), AS_OF);
      const client = note(readExample(name), `clients/${name}`).name;
      assert.equal(r.band, EXAMPLE_BANDS[client], `${client}: ${r.score}`);
    }
    assert.equal(Object.keys(EXAMPLE_BANDS).length, exampleNames().length);
  });

  it('counts the freelancer\'s own evening work as effort, never as the client\'s after-hours contact', () => {
    assert.equal(signal('evening-own-work', 'afterHours'), undefined);
    assert.equal(scored('evening-own-work').score, 0);
  });

  it('reads times agreed with the client as agreed: the stand-up client ranks below the midnight-Slack one', () => {
    assert.equal(signal('agreed-standups', 'afterHours'), undefined);
    assert.ok(scored('midnight-slack-expenses').score > scored('agreed-standups').score + 30);
    assert.equal(signal('agreed-calls-consultant', 'afterHours'), undefined);
  });

  it('weighs rounds the client paid for at a fraction of free ones, and says they were billed', () => {
    const billed = signal('billed-rounds', 'revisions')!;
    const free = signal('free-rounds', 'revisions')!;
    // The rounds themselves (the vague feedback is the same for both).
    const rounds = (s: typeof billed) => s.evidence.filter((e) => e.text.startsWith('round ')).reduce((sum, e) => sum + e.points, 0);
    assert.ok(rounds(billed) * 4 <= rounds(free), `billed ${rounds(billed)}, free ${rounds(free)}`);
    assert.ok(scored('free-rounds').score - scored('billed-rounds').score >= 20);
    assert.match(billed.detail, /^4 revision rounds beyond the 2 included \(6 rounds over 1 deliverable\), billed; 2 vague feedbacks$/);
    assert.match(billed.evidence[0].text, /^round 3 \(2 included\), billed: /);
    assert.match(signal('billed-scope-startup', 'scopeCreep')!.detail, /^3 out-of-scope requests, billed; latest 2026-10-25$/);
  });

  it('weighs an unpaid invoice by the amount at stake without an hourly rate: more than the reminders about it', () => {
    const r = scored('licence-ignored');
    const payment = r.signals.find((x) => x.id === 'payment')!;
    const silence = r.signals.find((x) => x.id === 'silence')!;
    assert.ok(payment.points > silence.points, `payment ${payment.points}, silence ${silence.points}`);
    // Without an amount the same invoice weighs less: the amount counts.
    const noAmount = frictionScore(note(SITUATIONS.find((x) => x.id === 'licence-ignored')!.note.replace('    amount: 3600\n', ''), 'clients/x.md'), settings(), AS_OF);
    assert.ok(noAmount.signals.find((x) => x.id === 'payment')!.points < payment.points);
  });

  it('counts the reminders about one unpaid invoice as one wait', () => {
    const silence = signal('licence-ignored', 'silence')!;
    assert.equal(silence.evidence.length, 1);
    assert.match(silence.detail, /^1 message unanswered/);
  });

  it('reads no effective rate from a few hours, and leaves this month\'s unbilled hours out', () => {
    const few = frictionScore(
      note('---\nclient: Few Hours\nrate: 95\ncurrency: EUR\ninvoices:\n  - id: F-1\n    amount: 4500\n    issued: 2026-11-01\n    due: 2026-11-15\n    paid: 2026-11-10\n---\n## Log\n- 2026-10-20 9.5h Work\n- 2026-11-20 30h This month, not invoiced yet\n'),
      settings(),
      AS_OF,
    );
    assert.equal(few.signals.find((x) => x.id === 'effort'), undefined);
  });

  it('keeps a client who pays on time and only sends Friday evening briefs strained, not on fire', () => {
    const r = scored('friday-evening-briefs');
    assert.equal(r.band, 'strained');
    assert.equal(r.signals[0].id, 'afterHours');
  });

  if (process.env.CF_PRINT_CALIBRATION === '1') {
    it('prints the README table', () => {
      for (const s of SITUATIONS) {
        const r = scored(s.id);
        process.stdout.write(`| ${s.trade}: ${s.story} | ${s.expected.join(' or ')} | ${r.score} ${r.band}${r.signals[0] ? ` (${r.signals[0].id})` : ''} |\n`);
      }
    });
  }
});
