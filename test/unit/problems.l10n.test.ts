/**
 * The problems found in a note, in the settings' language: the reader words
 * each one through the core's catalogue (`settings.language`), at the same
 * line, columns and severity as in English. What a library says of the YAML
 * (js-yaml's reason) stays as it says it.
 */
import assert from 'node:assert/strict';
import { parseClientNote, parseClientNoteBytes } from '../../src/core/read/note';
import { Problem } from '../../src/core/problems';
import { settings } from './helpers';

const ENGLISH = settings();
const MALAY = settings({ language: 'ms' });

function problems(text: string, language: 'en' | 'ms'): Problem[] {
  return parseClientNote(text, { file: 'clients/x.md', fileStem: 'x', settings: language === 'ms' ? MALAY : ENGLISH }).problems;
}

/** A note with a defect of nearly every kind the reader words. */
const BROKEN = [
  '---',
  'client: [a, b]',
  'status: sleeping',
  'tags: { a: 1 }',
  'aliases: { a: 1 }',
  'contact: [x]',
  'rate: "12,34,5"',
  'notice_days: 2.5',
  'revisions_included: -1',
  'since: 1800-01-01',
  'contract: [x]',
  'scope: 2026-02-30',
  'currency: 3/11/2026',
  'invoices:',
  '  - 7',
  '  - amount: 100',
  '    due: 2026-01-10',
  '  - id: A-1',
  '    amount: 5e20',
  '    issued: 2026-02-01',
  '    due: 2026-01-01',
  '    paid: true',
  '  - id: A-1',
  '    amount: .inf',
  '---',
  '',
  '## Log',
  '- 2026-02-30 no such day',
  '- 1800-01-01 too old',
  '- 2026-11-01 25:99 bad time',
  '- 2026-11-02 5000h too long',
  '- 03/11/2026 us style',
  '- 2026-11-03 will pay soon #promise',
  '- 2026-11-04 will pay by 2026-02-30 #promise',
  '- 2026-11-05 will pay ZZ-9 by 2026-11-20 #promise',
  '- 2026-11-06 will pay A-1 and ZZ-9 by 2026-11-20 #promise',
  '',
].join('\n');

describe('problems in notes in Malay (settings.language)', () => {
  it('words every problem of the reader in Malay, at the same place and severity as in English', () => {
    const en = problems(BROKEN, 'en');
    const ms = problems(BROKEN, 'ms');
    assert.ok(en.length >= 25, `${en.length} problems: ${en.map((p) => p.message).join(' | ')}`);
    assert.deepEqual(
      ms.map(({ line, column, endColumn, severity, file }) => ({ line, column, endColumn, severity, file })),
      en.map(({ line, column, endColumn, severity, file }) => ({ line, column, endColumn, severity, file })),
    );
    ms.forEach((p, i) => {
      assert.notEqual(p.message, en[i].message, `line ${p.line}: "${p.message}" is English`);
      assert.doesNotMatch(p.message, /\{\d+\}/, p.message);
    });
    const said = ms.map((p) => p.message);
    for (const expected of [
      'client sepatutnya nama pelanggan, bukan senarai',
      'status "sleeping" bukan salah satu daripada lead, active, paused, offboarding, former; dibaca sebagai active',
      'notice_days sepatutnya nombor bulat, bukan 2.5',
      'since 1800-01-01 bukan antara 1900 dan 2100; ia tidak dikira',
      'invois 2 tiada id; ia ditunjukkan sebagai #2',
      'invois A-1: paid sepatutnya tarikh bayaran (YYYY-MM-DD); dikira sebagai dibayar tepat pada masanya',
      'invois A-1: tarikh akhirnya lebih awal daripada tarikh ia dikeluarkan',
      'invois A-1 disenaraikan dua kali; kedua-duanya dikira',
      'tarikh catatan log 2026-02-30 tidak wujud; catatan ini tidak dikira',
      'masa 25:99 bukan masa 24 jam HH:MM; catatan ini dikira tanpa masa',
      'tarikh catatan log "03/11/2026" tidak ditulis sebagai YYYY-MM-DD; catatan ini tidak dikira',
      '#promise ini tiada tarikh yang dijanjikan: tulisnya sebagai "by YYYY-MM-DD"; janji ini tidak dikira',
      'tarikh #promise 2026-02-30 tidak wujud; janji ini tidak dikira',
      '#promise ini menamakan ZZ-9, yang bukan invois dalam nota ini; janji ini tidak dikira',
      '#promise ini menamakan ZZ-9, yang bukan invois dalam nota ini; ia dinilai berdasarkan A-1',
    ]) {
      assert.ok(said.includes(expected), `"${expected}" in ${JSON.stringify(said, null, 1)}`);
    }
  });

  it('words the frontmatter as a whole, the YAML, the size and the encoding in Malay', () => {
    assert.equal(problems('---\nclient: x\n', 'ms')[0].message, 'frontmatter yang dibuka dengan --- pada baris 1 tidak pernah ditutup dengan baris ---; nota ini dibaca sebagai markdown biasa');
    assert.equal(problems('---js\n{}\n---\n', 'ms')[0].message, 'frontmatter JavaScript (---js) tidak akan dijalankan; tulis frontmatter dalam YAML');
    assert.equal(problems('---toml\nx = 1\n---\n', 'ms')[0].message, 'frontmatter dalam "toml" tidak dibaca; tulisnya dalam YAML');
    assert.match(problems('---\nclient: x\n  bad: indent\n---\n', 'ms')[0].message, /^frontmatter tidak dapat dibaca di sini: /);
    assert.equal(problems('---\n- a\n- b\n---\n', 'ms')[0].message, 'frontmatter mestilah senarai baris "key: value", bukan senarai');
    const tiny = settings({ language: 'ms', maxNoteSizeKB: 1 });
    const big = parseClientNoteBytes(new Uint8Array(2048).fill(97), { file: 'clients/big.md', fileStem: 'big', settings: tiny });
    assert.equal(big.problems[0].message, 'saiz nota ini 2 KB, melebihi had 1 KB (tetapan clientFriction.maxNoteSizeKB); nota ini tidak dibaca');
    const latin1 = parseClientNoteBytes(new Uint8Array([0x23, 0x20, 0xe9, 0x0a]), { file: 'clients/l.md', fileStem: 'l', settings: MALAY });
    assert.match(latin1.problems[0].message, /^nota ini bukan UTF-8 yang sah; /);
  });

  it('keeps English byte for byte when the language is English', () => {
    const en = problems(BROKEN, 'en').map((p) => p.message);
    assert.ok(en.includes("client should be the client's name, not a list"));
    assert.ok(en.includes('invoice A-1: is due before it was issued'));
    assert.ok(en.includes('the #promise names ZZ-9, which is not an invoice of this note; it is judged on A-1'));
  });
});
