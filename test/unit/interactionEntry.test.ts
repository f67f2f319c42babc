import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Interaction, interactionLine, InteractionKind, KIND_TAGS } from '../../src/core/interactionEntry';
import { readLogEntry } from '../../src/core/read/logEntry';
import { scoreClient, settings } from './helpers';

const S = settings();
const read = (line: string) => readLogEntry(line, 2, 1, S.tagSynonyms, [])!;
const D = 20784; // 2026-11-27, a Friday

describe('Log Interaction writes what the reader reads as that kind (issue 19)', () => {
  it('writes a contact with its channel, a reply, a wait and own work', () => {
    assert.equal(interactionLine({ kind: 'contact', day: D, minutes: 21 * 60 + 30, channel: 'Call', text: 'about the banner', tags: ['urgent'] }, S), '- 2026-11-27 21:30 Call: about the banner #urgent');
    assert.equal(interactionLine({ kind: 'reply', day: D, minutes: 605, channel: 'Email', text: 'approved', tags: [] }, S), '- 2026-11-27 10:05 Email: approved #reply');
    assert.equal(interactionLine({ kind: 'sent', day: D, minutes: 580, text: 'Sent the proposal', tags: [] }, S), '- 2026-11-27 09:40 Sent the proposal #waiting');
    assert.equal(interactionLine({ kind: 'work', day: D, minutes: 21 * 60, hours: 2, text: 'Homepage build', tags: [] }, S), '- 2026-11-27 21:00 2h Homepage build');
    assert.equal(interactionLine({ kind: 'work', day: D, hours: 0.75, text: 'Call prep', tags: [] }, S), '- 2026-11-27 45m Work: Call prep');
    assert.equal(interactionLine({ kind: 'contact', day: D, text: '2h on the phone #rude', tags: [] }, S), '- 2026-11-27 Contact: 2h on the phone \\#rude');
  });

  it('never counts the evening work it writes as after hours, and always counts a late contact', () => {
    const work = interactionLine({ kind: 'work', day: D, minutes: 22 * 60, hours: 3, text: 'Call notes and fixes', tags: [] }, S);
    assert.equal(scoreClient(['client: W'], [work]).signals.find((s) => s.id === 'afterHours'), undefined);
    const contact = interactionLine({ kind: 'contact', day: D, minutes: 22 * 60, text: 'asked for a change', tags: [] }, S);
    assert.ok(scoreClient(['client: C'], [contact]).signals.find((s) => s.id === 'afterHours'));
  });

  it('reads back as its kind for any text, channel and tags (property)', () => {
    const kinds: InteractionKind[] = ['contact', 'reply', 'sent', 'work'];
    const word = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('Call', 'email', 'WhatsApp:', '2h', '45m', '#rude', '\\#x', 'Mesej', 'maklum balas', '1.5j', ' ', '#waiting', '#reply'));
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.array(word, { maxLength: 6 }), fc.option(fc.constantFrom('Call', 'Email', '', 'Zoom'), { nil: undefined }), fc.boolean(), fc.double({ min: 0.1, max: 12, noNaN: true }), (kind, words, channel, timed, hours) => {
        const i: Interaction = { kind, day: D, minutes: timed ? 23 * 60 : undefined, hours: kind === 'work' ? hours : undefined, channel, text: words.join(' '), tags: KIND_TAGS[kind].offered.slice(0, 1) };
        const line = interactionLine(i, S);
        const e = read(line);
        assert.ok(e, line);
        assert.equal(e.contact, kind === 'contact' || kind === 'reply', line);
        assert.doesNotMatch(line, /[\r\n]/);
        for (const t of KIND_TAGS[kind].always) assert.ok(e.tags.includes(t), line);
      }),
      { numRuns: 2000 },
    );
  });
});
