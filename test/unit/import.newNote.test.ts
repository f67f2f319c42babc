import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { likelyNote } from '../../src/core/import/clientMatch';
import { decodeExport } from '../../src/core/import/decode';
import { readExport } from '../../src/core/import/exportFile';
import { newNoteFields } from '../../src/core/import/newNoteFields';
import { newNoteText } from '../../src/core/noteEdits';
import { AS_OF, note, repoRoot, settings } from './helpers';

const fixture = (name: string) => decodeExport(new Uint8Array(readFileSync(join(repoRoot(), 'test', 'fixtures', 'import', name)))).text;

describe('a new note made by an import (issue 21)', () => {
  it('takes the currency and the rate from a Toggl export\'s Amount (USD) column', () => {
    const reading = readExport('toggl.csv', fixture('toggl.csv'), { synonyms: {} });
    assert.ok(reading.ok);
    const nw = newNoteFields(reading.records, 'Northwind Studio');
    // 180.00 for 2h and 292.50 for 3.25h: USD 90/h.
    assert.deepEqual(nw, { currency: 'USD', rate: 90 });
    const text = newNoteText('Northwind Studio', AS_OF, settings(), 'en', nw);
    assert.match(text, /\nrate: 90 {26}# agreed hourly rate\ncurrency: USD\n/);
    const read = note(text);
    assert.deepEqual([read.rate, read.currency, read.problems], [90, 'USD', []]);
  });

  it('takes the rate column where the export has one (Clockify), and nothing it cannot read', () => {
    const reading = readExport('clockify.csv', fixture('clockify.csv'), { synonyms: {} });
    assert.ok(reading.ok);
    const clients = [...new Set(reading.records.map((r) => r.client))];
    for (const c of clients) {
      const f = newNoteFields(reading.records, c);
      assert.ok(f.currency === undefined || /^[A-Z]{3}$/.test(f.currency), c);
      assert.ok(f.rate === undefined || (f.rate > 0 && Number.isFinite(f.rate)), c);
    }
    assert.deepEqual(newNoteFields([], 'Nobody'), {});
    assert.equal(note(newNoteText('X', AS_OF, settings(), 'en', { rate: NaN, currency: 'not a code' })).problems.length, 0);
  });

  it('guesses the note an unknown name is another name of only when one note fits', () => {
    const notes = [
      { file: 'clients/northwind-studio.md', name: 'Northwind Studio' },
      { file: 'clients/cedar-pine.md', name: 'Cedar & Pine Architects' },
      { file: 'clients/harbour-yoga.md', name: 'Harbour Yoga' },
      { file: 'clients/old-harbour-cafe.md', name: 'Old Harbour Cafe' },
    ];
    assert.equal(likelyNote('Northwind', notes), 'clients/northwind-studio.md');
    assert.equal(likelyNote('Cedar and Pine', notes), 'clients/cedar-pine.md');
    assert.equal(likelyNote('Harbour', notes), undefined, 'two notes fit: not guessed');
    assert.equal(likelyNote('Acme Studio Ltd', notes), undefined, 'common words tell nothing');
    assert.equal(likelyNote('Brand New Client', notes), undefined);
  });
});
