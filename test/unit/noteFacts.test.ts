import assert from 'node:assert/strict';
import { packFacts, summarizeFacts, unpackFacts } from '../../src/core/rank/noteFacts';
import { summarizeClient } from '../../src/core/rank/portfolio';
import { parseClientNote } from '../../src/core/read/note';
import { resolveSettings } from '../../src/core/settings';
import { generateNote, random } from '../bench/generateNotes';
import { AS_OF, exampleNames, readExample } from './helpers';

const SETTINGS = [
  resolveSettings().settings,
  resolveSettings({ halfLifeDays: 7, graceDays: 0, replyDays: 1, flagDays: 30, workingDays: ['sat', 'sun'], workingHours: { start: '07:00', end: '23:00' }, tagSynonyms: { asap: 'urgent', rude: 'vague' }, weights: { effort: 3, conduct: 0 }, defaultRevisionsIncluded: 0 }).settings,
];

/** The examples, generated notes and edited generated notes. */
function corpus(): string[] {
  const texts = exampleNames().map(readExample);
  const r = random(12);
  const edits = ['\n- 2026-11-20 22:00 2h #scope-creep #asap x', ' #rude', ' #waiting', ' #reply', ' #promise by 2026-10-01', '\n## Offboarding (started 2026-11-01)\n- [x] Give notice: ends 2026-12-01\n- [ ] Hand over\n', '    paid: true\n', '\n- 2026-02-30 bad', '\r\n'];
  for (let i = 0; i < 300; i++) {
    let text = generateNote(i, 7);
    texts.push(text);
    for (let k = 0; k < 3; k++) {
      const at = Math.floor(r() * text.length);
      text = text.slice(0, at) + edits[Math.floor(r() * edits.length)] + text.slice(at);
    }
    texts.push(text);
  }
  return texts;
}

describe('note facts (the summary cache)', () => {
  it('summarize as the note does, for any settings and on any day', () => {
    for (const settings of SETTINGS) {
      for (const [i, text] of corpus().entries()) {
        const file = `clients/n${i}.md`;
        const note = parseClientNote(text, { file, fileStem: `n${i}`, settings });
        const facts = unpackFacts(packFacts(note), file);
        assert.ok(facts, `note ${i} packs`);
        for (const day of [AS_OF, AS_OF - 30, AS_OF - 365, AS_OF + 200]) {
          assert.deepStrictEqual(summarizeFacts(facts, settings, day), summarizeClient(note, settings, day), `note ${i} as of day ${day}`);
        }
      }
    }
  });

  it('read nothing but what packFacts writes', () => {
    const note = parseClientNote(generateNote(1), { file: 'a.md', fileStem: 'a', settings: SETTINGS[0] });
    const good = JSON.parse(packFacts(note)) as unknown[];
    const bad: string[] = ['', 'x', '[]', '{}', 'null', '1', JSON.stringify(good.slice(0, 9)), JSON.stringify([...good, 1])];
    // Each value in turn replaced by something of another type.
    for (let k = 0; k < good.length; k++) {
      for (const other of [null, 'x', -1.5, [], [1, 2, 3], {}]) {
        if (JSON.stringify(other) === JSON.stringify(good[k])) continue;
        const copy = [...good];
        copy[k] = other;
        bad.push(JSON.stringify(copy));
      }
    }
    let refused = 0;
    for (const text of bad) {
      const facts = unpackFacts(text, 'a.md');
      if (facts === undefined) refused++;
      else assert.doesNotThrow(() => summarizeFacts(facts, SETTINGS[0], AS_OF), text.slice(0, 80));
    }
    assert.ok(refused >= bad.length - 12, `only ${refused} of ${bad.length} refused`);
  });
});
