/**
 * Properties of the score over time (fast-check), on generated notes that use
 * every tag, promises and invoices paid at any time: the score as of a day is
 * the score of the note as it stood that day, every number is finite, and a
 * reply, a payment or an entry after that day changes nothing then.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatIsoDay } from '../../src/core/dates';
import { noteAsOf } from '../../src/core/noteAsOf';
import { frictionScore } from '../../src/core/score/friction';
import { frictionSeries, trendOf } from '../../src/core/score/trend';
import { KNOWN_TAGS } from '../../src/core/tags';
import { AS_OF, clientNote, note, settings } from './helpers';

const S = settings();
const START = AS_OF - 400;

const dayOffset = fc.integer({ min: 0, max: 430 }); // up to a month after AS_OF
const tagWords = fc.subarray(['', ...KNOWN_TAGS.map((t) => `#${t}`), '#replied', '#dispute', '#rude'], { maxLength: 3 });

const invoice = fc.record({ due: dayOffset, paidAfter: fc.option(fc.integer({ min: -20, max: 120 }), { nil: undefined }), issuedBefore: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }) });

const entry = fc.record({
  day: dayOffset,
  time: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }),
  tags: tagWords,
  promise: fc.option(fc.record({ by: dayOffset, ids: fc.subarray(['P-0', 'P-1', 'P-2', 'ZZ-9']) }), { nil: undefined }),
});

const noteText = fc.record({ invoices: fc.array(invoice, { maxLength: 5 }), entries: fc.array(entry, { maxLength: 25 }) }).map(({ invoices, entries }) => {
  const fm = ['client: Prop', 'rate: 80', 'currency: EUR', 'invoices:'];
  invoices.forEach((inv, i) => {
    fm.push(`  - id: P-${i}`, '    amount: 900');
    if (inv.issuedBefore !== undefined) fm.push(`    issued: ${formatIsoDay(START + inv.due - inv.issuedBefore)}`);
    fm.push(`    due: ${formatIsoDay(START + inv.due)}`);
    if (inv.paidAfter !== undefined) fm.push(`    paid: ${formatIsoDay(START + inv.due + inv.paidAfter)}`);
  });
  const log = entries.map((e) => {
    const time = e.time === undefined ? '' : ` ${String(Math.floor(e.time / 60)).padStart(2, '0')}:${String(e.time % 60).padStart(2, '0')}`;
    const promise = e.promise ? ` will pay ${e.promise.ids.join(' and ')} by ${formatIsoDay(START + e.promise.by)} #promise` : '';
    return `- ${formatIsoDay(START + e.day)}${time} something${promise} ${e.tags.join(' ')}`.trimEnd();
  });
  return clientNote(fm, log);
});

describe('the score over time: properties', function () {

  it('scores a note as of a day exactly as the note as it stood that day, with every number finite', () => {
    fc.assert(
      fc.property(noteText, fc.integer({ min: 0, max: 430 }), (text, offset) => {
        const n = note(text);
        const day = START + offset;
        const whole = frictionScore(n, S, day);
        const then = frictionScore(noteAsOf(n, day), S, day);
        assert.deepEqual(then, whole);
        assert.ok(Number.isFinite(whole.score) && whole.score >= 0 && whole.score <= 100);
        assert.ok(Number.isFinite(whole.rawPoints));
        for (const s of whole.signals) assert.ok(Number.isFinite(s.points) && s.evidence.every((e) => Number.isFinite(e.points)));
        if (whole.flags.length) assert.ok(whole.score >= S.bandThresholds.strained);
        const t = trendOf(n, S, day);
        assert.equal(t.scoreThen, frictionScore(n, S, day - 30).score);
        assert.equal(t.delta, whole.score - t.scoreThen);
      }),
      { numRuns: 300 },
    );
  });

  it('lets nothing dated after a day change the score as of that day', () => {
    fc.assert(
      fc.property(noteText, noteText, fc.integer({ min: 0, max: 400 }), (text, later, offset) => {
        const day = START + offset;
        // The second note's entries, moved after the day, appended to the first.
        const extra = later
          .split('\n')
          .filter((l) => /^- \d{4}-\d{2}-\d{2}/.test(l))
          .map((l) => `- ${formatIsoDay(day + 1 + (Number(l.slice(10, 12)) % 20))}${l.slice(12)}`);
        const base = note(text);
        const more = note(`${text}\n${extra.join('\n')}\n`);
        assert.equal(frictionScore(more, S, day).score, frictionScore(base, S, day).score);
        assert.deepEqual(
          frictionSeries(more, S, [day - 14, day - 7, day]).map((p) => p.score),
          frictionSeries(base, S, [day - 14, day - 7, day]).map((p) => p.score),
        );
      }),
      { numRuns: 200 },
    );
  });
});
