/**
 * The friction report in the settings' language: the HTML file, the
 * webview's body and the markdown word every heading, table, caption, chart
 * title and tooltip through the core's catalogue (`report.language`, from
 * settings.language), and `<html lang>` follows. Dates, numbers, currency
 * codes and client names stay as they are; so does English.
 */
import assert from 'node:assert/strict';
import { catalogue } from '../../src/core/l10n';
import { reportBodyHtml, reportDocument, reportTitle, SECTIONS, sectionTitle } from '../../src/core/report/html';
import { reportMarkdown } from '../../src/core/report/markdown';
import { buildReport } from '../../src/core/report/report';
import { AS_OF, clientNote, repoRoot, settings } from './helpers';
import { scanMessages } from './l10nKeys';
import { exampleReport, fromNote } from './reportHelpers';

const MS = catalogue('ms');
const EN = catalogue('en');

/** What a reader sees or hears of a page: its text and the words of its attributes, without the stylesheet, classes and ids. */
function words(html: string): string {
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/\s(class|id|data-[\w-]+|aria-labelledby|datetime|href|viewBox|xmlns|points|transform|text-anchor|role|type|content|http-equiv|name|charset)="[^"]*"/g, '');
}

/** The report's own messages with no placeholder, and their Malay, where the two differ. */
function reportMessages(): [string, string][] {
  const scan = scanMessages(repoRoot());
  const own = new Set(scan.calls.filter((c) => /^src\/core\/report\//.test(c.at.replace(/\\/g, '/'))).map((c) => c.message));
  return [...own].filter((m) => !/[{}]/.test(m)).map((m): [string, string] => [m, MS.t(m)]).filter(([en, ms]) => en !== ms);
}

describe('report: in English and Malay', () => {
  const english = exampleReport();
  const malay = exampleReport(settings({ language: 'ms' }));

  it('takes its language from the settings, and words the Pareto sentence in it', () => {
    assert.equal(english.language, 'en');
    const ms = buildReport({ clients: [fromNote(clientNote(['client: Solo', 'currency: EUR', 'invoices:', '  - id: A', '    amount: 10', '    paid: 2026-11-01'], ['- 2026-11-01 2h work #urgent']))], settings: settings({ language: 'ms' }), asOf: AS_OF });
    assert.equal(ms.language, 'ms');
    assert.match(ms.pareto.sentence, /^1 daripada 1 pelanggan menanggung 100% daripada geseran dan membawa 100% daripada pendapatan\.$/);
  });

  it('writes the HTML file in Malay: lang="ms", Malay section headings, no English heading, no placeholder', () => {
    for (const html of [reportDocument(malay), reportBodyHtml(malay, { interactive: true })]) {
      if (html.startsWith('<!DOCTYPE')) {
        assert.match(html, /^<!DOCTYPE html>\n<html lang="ms">\n/);
        assert.ok(html.includes(`<title>${reportTitle(MS)}, 2026-11-27</title>`));
      }
      assert.ok(html.includes(`<h1>Laporan geseran pelanggan</h1>`));
      for (const [id, title] of SECTIONS) {
        assert.notEqual(sectionTitle(id, MS), title, `${id} has a Malay heading`);
        assert.ok(html.includes(`>${sectionTitle(id, MS)}</h2>`), `${id}: ${sectionTitle(id, MS)}`);
        assert.ok(!html.includes(`>${title}</h2>`) && !html.includes(`>${title}</a>`), `no English heading "${title}"`);
      }
      assert.ok(html.includes('>Masalah dalam nota</h2>'));
      assert.doesNotMatch(words(html), /\{\w+\}/, 'a placeholder left unfilled');
      assert.ok(html.includes('Northwind Studio') && html.includes('EUR 3,100') && html.includes('2026-10-14'), 'names, amounts and dates as they are');
    }
  });

  it('leaves none of the report\'s English words in the Malay HTML or markdown', () => {
    const messages = reportMessages();
    assert.ok(messages.length > 60, `${messages.length} messages`);
    const pages = { document: words(reportDocument(malay)), webview: words(reportBodyHtml(malay, { interactive: true })), markdown: reportMarkdown(malay) };
    for (const [name, text] of Object.entries(pages)) {
      // Short words (Due, Now, final, risk) may be part of a longer Malay or note word: whole words only.
      const left = messages.filter(([en]) => new RegExp(`(?<![\\w-])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text)).map(([en]) => en);
      assert.deepEqual(left, [], `${name}: English left in the Malay report`);
    }
    // And the English report says them (the check above can fail).
    assert.ok(reportDocument(english).includes('>Invoice ageing</h2>'));
    // The notes' problems in Malay too (what js-yaml says of the YAML stays in its English).
    assert.ok(pages.markdown.includes('frontmatter tidak dapat dibaca di sini: inden baris ini berbeza daripada baris di sekelilingnya; samakan ruang depannya dengan kunci yang lain \\(YAML: bad indentation of a mapping entry\\)'));
  });

  it('writes the markdown in Malay: Malay headings, no English heading, no placeholder', () => {
    const md = reportMarkdown(malay);
    assert.match(md, /^# Laporan geseran pelanggan, 2026-11-27\n/);
    for (const [id, title] of SECTIONS) {
      assert.match(md, new RegExp(`^## ${sectionTitle(id, MS)}$`, 'm'), id);
      assert.doesNotMatch(md, new RegExp(`^## ${title}$`, 'm'), `no English heading "${title}"`);
    }
    assert.match(md, /^## Masalah dalam nota$/m);
    assert.doesNotMatch(md, /\{\w+\}/);
    assert.match(md, /\| Northwind Studio \| NW\\-019 \| EUR 3,100 \| 2026-10-14 \| 44 \| terakhir, hari ini \|/);
    assert.match(md, /\| Ironside Motors \| EUR 2,000 \| 41 j \| EUR 49\/j \| EUR 80\/j \| 61% \|/);
  });

  it('keeps English as it was: lang="en", the English headings, the English words of the catalogue', () => {
    const html = reportDocument(english);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">\n/);
    for (const [id, title] of SECTIONS) {
      assert.equal(sectionTitle(id, EN), title);
      assert.ok(html.includes(`>${title}</h2>`), title);
    }
    assert.equal(reportTitle(EN), 'Client friction report');
    // English settings said outright give the same bytes.
    const explicit = exampleReport(settings({ language: 'en' }));
    assert.equal(reportDocument(explicit), html);
    assert.equal(reportMarkdown(explicit), reportMarkdown(english));
    assert.equal(reportBodyHtml(explicit, { interactive: true }), reportBodyHtml(english, { interactive: true }));
  });
});
