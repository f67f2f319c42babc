import assert from 'node:assert/strict';
import fc from 'fast-check';
import { join } from 'node:path';
import { readFolderFiles } from '../../src/cli/examples';
import { rankReport } from '../../src/cli/report';
import { CalendarDay, formatIsoDay, MAX_DAY, MIN_DAY, parseIsoDay, weekday } from '../../src/core/dates';
import { ExampleFile, existingCopyState, freshExamples, newestEntryDay, pinnedDay, shiftIsoDates, withoutAsOfPin } from '../../src/core/examples';
import { NoteIndex } from '../../src/core/rank/noteIndex';
import { AS_OF, repoRoot, settings } from './helpers';

const EXAMPLES = readFolderFiles(join(repoRoot(), 'examples'));

/** `rank --json` of a set of files as of a day (the notes under clients/, read in memory). */
async function rankJson(files: readonly ExampleFile[], asOf: CalendarDay): Promise<string> {
  const notes = new Map(files.filter((f) => f.path.startsWith('clients/')).map((f) => [f.path, new TextEncoder().encode(f.text)]));
  const index = new NoteIndex({ settings: settings(), asOf, read: (id, done) => done(null, notes.get(id)) });
  await index.build([...notes.keys()].sort());
  return JSON.stringify(rankReport(index.portfolio(), asOf), null, 1);
}

describe('the example notes: pinned in the repository, fresh in a newcomer\'s copy', () => {
  it('the bundled examples pin their as-of day, the one the unit tests use', () => {
    assert.equal(pinnedDay(EXAMPLES), AS_OF);
    assert.equal(EXAMPLES.filter((f) => f.path.startsWith('clients/')).length, 15);
  });

  it('shiftIsoDates moves every real date by the days, and nothing else', () => {
    const text = 'due: 2026-10-14\n- 2026-11-03 23:40 call #urgent by 2026-11-20; NW-2026-11-03x 12026-11-03 2026-13-01 2026-02-29 1899-12-31\r\n';
    const moved = shiftIsoDates(text, 14);
    assert.equal(moved, 'due: 2026-10-28\n- 2026-11-17 23:40 call #urgent by 2026-12-04; NW-2026-11-03x 12026-11-03 2026-13-01 2026-02-29 1899-12-31\r\n');
    assert.equal(shiftIsoDates(moved, -14), text);
  });

  it('shiftIsoDates keeps the length, the weekday of every date it moves by weeks, and undoes itself (property)', () => {
    const piece = fc.oneof(
      fc.integer({ min: MIN_DAY, max: MAX_DAY }).map(formatIsoDay),
      fc.constantFrom('-', '--', '0', '9', ' ', '\n', '\r\n', '2026-', '-01', 'x', '#', '2026-1-1', '2026-02-30'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: -600, max: 600 }), (pieces, weeks) => {
        const text = pieces.join('');
        const moved = shiftIsoDates(text, weeks * 7);
        assert.equal(moved.length, text.length);
        // Only the digits of dates changed, and every moved date is on the same weekday.
        for (let i = 0; i < text.length; i++) if (text[i] !== moved[i]) assert.match(text[i], /\d/);
        for (const m of moved.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
          const before = parseIsoDay(text.slice(m.index, m.index + 10));
          const after = parseIsoDay(m[0]);
          if (before !== undefined && after !== undefined && before !== after) assert.equal(weekday(after), weekday(before));
        }
        // Undone, unless a date was moved out of (or into) the years notes may use.
        const inRange = (d: CalendarDay | undefined) => d === undefined || (d + weeks * 7 >= MIN_DAY && d + weeks * 7 <= MAX_DAY);
        if ([...text.matchAll(/\d{4}-\d{2}-\d{2}/g)].every((x) => inRange(parseIsoDay(x[0])))) assert.equal(shiftIsoDates(moved, -weeks * 7), text);
      }),
      { numRuns: 500 },
    );
  });

  it('a newcomer\'s copy on any day: newest entry within the last week, the pin dropped, the ranking exactly the pinned one moved', async () => {
    const days = [AS_OF - 400, AS_OF - 1, AS_OF, AS_OF + 3, AS_OF + 7, AS_OF + 11, AS_OF + 60, AS_OF + 200, AS_OF + 365, AS_OF + 3650];
    const original = await rankJson(EXAMPLES, AS_OF);
    const newest = newestEntryDay(EXAMPLES)!;
    for (const today of days) {
      const copy = freshExamples(EXAMPLES, today);
      assert.equal(Math.abs(copy.days % 7), 0);
      const copiedNewest = newestEntryDay(copy.files)!;
      assert.ok(copiedNewest <= today && copiedNewest > today - 7, `${formatIsoDay(today)}: newest ${formatIsoDay(copiedNewest)}`);
      assert.equal(copiedNewest, newest + copy.days);
      assert.equal(pinnedDay(copy.files), undefined);
      const moved = await rankJson(copy.files, AS_OF + copy.days);
      assert.equal(shiftIsoDates(moved, -copy.days), original, formatIsoDay(today));
      // A second copy on the same day is this one; an unedited one from an earlier week is refreshed; an edited one kept.
      assert.equal(existingCopyState(EXAMPLES, copy.files, today), 'current');
      assert.equal(existingCopyState(EXAMPLES, copy.files, today + 7), 'refresh');
      const edited = copy.files.map((f, i) => (i === 3 ? { ...f, text: `${f.text}- ${formatIsoDay(today)} my own line\n` } : f));
      assert.equal(existingCopyState(EXAMPLES, edited, today + 7), 'keep');
      assert.equal(existingCopyState(EXAMPLES, copy.files.slice(1), today + 7), 'keep');
    }
  });

  it('ranks alike on every day of the week a newcomer\'s copy may be read on: the order and bands of the pinned day', async () => {
    const order = async (asOf: CalendarDay) => JSON.parse(await rankJson(EXAMPLES, asOf)).clients.map((c: { name: string; band: string }) => `${c.name} (${c.band})`);
    const pinned = await order(AS_OF);
    const newest = newestEntryDay(EXAMPLES)!;
    // A copy made on any day reads the examples as of `newest` to `newest + 6`, moved.
    for (let day = newest; day <= newest + 6; day++) assert.deepEqual(await order(day), pinned, formatIsoDay(day));
  });

  it('drops only the pin from the settings file', () => {
    assert.equal(withoutAsOfPin('{\n  "editor.tabSize": 2,\n  "clientFriction.asOf": "2026-11-27",\n  "clientFriction.replyDays": 5\n}\n'), '{\n  "editor.tabSize": 2,\n  "clientFriction.replyDays": 5\n}\n');
    assert.equal(withoutAsOfPin('{ "editor.tabSize": 2 }'), '{ "editor.tabSize": 2 }');
  });
});
