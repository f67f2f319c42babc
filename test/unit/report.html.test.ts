import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { reportBodyHtml, reportDocument } from '../../src/core/report/html';
import { reportMarkdown } from '../../src/core/report/markdown';
import { buildReport } from '../../src/core/report/report';
import { escapeHtml } from '../../src/core/report/svg';
import { AS_OF, clientNote } from './helpers';
import { exampleReport, fromNote, S, withoutAttributeValues } from './reportHelpers';

describe('report: the whole report on the examples', () => {
  it('ranks the clients as the CLI does, keeps former ones out of the ranking but in the ageing', () => {
    const r = exampleReport();
    assert.equal(r.clients, 9);
    assert.equal(r.former, 1);
    assert.equal(r.pareto.bars[0].name, 'Northwind Studio');
    assert.equal(r.pareto.bars.length, 9);
    assert.match(r.pareto.sentence, /^\d of 9 clients carry \d+% of the friction and bring \d+% of the income\.$/);
    assert.equal(r.trend.series.length, 9);
    assert.equal(r.concentration.currency, 'EUR');
    assert.deepEqual(r.problems.map((p) => `${p.file}:${p.line}`), ['clients/gallo-restaurants.md:7']);
  });

  it('renders an HTML file that validates, has no script and names every section', async () => {
    const html = reportDocument(exampleReport());
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(withoutAttributeValues(html), /<[^>]*\son[a-z]+\s*=/i, 'no inline event handler');
    assert.doesNotMatch(html, /\sstyle\s*=/i, 'no inline style (the webview CSP forbids them)');
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no network address');
    for (const h of ['Friction and income', 'Trend', 'Invoice ageing', 'Effective rate', 'Concentration']) assert.ok(html.includes(`>${h}</h2>`), h);
    const result = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    assert.ok(result.valid, JSON.stringify(result.results.flatMap((x) => x.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))));
  });

  it('renders a hostile note literally in HTML, SVG and markdown', async () => {
    const names = ['<img src=x onerror=alert(1)>', '</svg><script>alert(2)</script>', '"><b onmouseover=x>', "It's & <style>"];
    const clients = names.map((name, i) =>
      fromNote(
        clientNote([`client: '${name.replace(/'/g, "''")}'`, `currency: '<i>${i}'`, 'rate: 10', 'invoices:', `  - id: '<u>${i}</u>'`, '    amount: 100', '    due: 2026-10-01'], ['- 2026-11-01 2h work #urgent']),
        `clients/h${i}.md`,
      ),
    );
    const report = buildReport({ clients, settings: S, asOf: AS_OF });
    for (const html of [reportDocument(report), reportBodyHtml(report, { interactive: true })]) {
      assert.doesNotMatch(html, /<script|<img|<b |<i>|<u>/i);
      assert.equal(html.split('<style>').length - 1, html.startsWith('<!DOCTYPE') ? 1 : 0, 'only the stylesheet');
      assert.doesNotMatch(withoutAttributeValues(html), /<[^>]*\son[a-z]+\s*=/i);
      for (const name of names) assert.ok(html.includes(escapeHtml(name)), name);
      if (html.startsWith('<!DOCTYPE')) {
        const result = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
        assert.ok(result.valid, JSON.stringify(result.results.flatMap((x) => x.messages.map((m) => `${m.ruleId} ${m.message}`))));
      }
    }
    const md = reportMarkdown(report);
    assert.doesNotMatch(md, /<script|<img|<b |<style>|<i>|<u>/i);
    assert.ok(md.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'));
  });

  it('writes a markdown version with the same sections', () => {
    const md = reportMarkdown(exampleReport());
    assert.match(md, /^# Client friction report, 2026-11-27\n/);
    for (const h of ['Friction and income', 'Trend', 'Invoice ageing', 'Effective rate', 'Concentration']) assert.match(md, new RegExp(`^## ${h}$`, 'm'));
    assert.match(md, /\| Northwind Studio \| NW\\-019 \| EUR 3,100 \| 2026-10-14 \| 44 \| final, today \|/);
  });
});
