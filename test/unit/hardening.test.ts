/**
 * Issue 8, item by item, each with its minimal input: what a hostile or
 * unlucky note, name or setting used to do, and what it does now. (Speed is
 * measured in the fuzz harness and the bench, not with timers here: these
 * inputs used to take seconds to minutes, and now finish with the suite.)
 */
import assert from 'node:assert/strict';
import { formatDay, formatIsoDay, parseIsoDay } from '../../src/core/dates';
import { blockInsertion, logInsertion, planStatusEdit, TextEdit } from '../../src/core/noteEdits';
import { contractMarkdown, offboardingChecklist, renderScript, SCRIPT_IDS } from '../../src/core/offboard/offboarding';
import { findFrontmatter } from '../../src/core/read/frontmatter';
import { locateField } from '../../src/core/read/fieldLocator';
import { summarizeClient, buildPortfolio } from '../../src/core/rank/portfolio';
import { frictionScore } from '../../src/core/score/friction';
import { markdownText, notificationText, noteMarkdown, terminalText } from '../../src/core/sinks';
import { AS_OF, day, note, settings } from './helpers';

const SPACES = ' '.repeat(60000);

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

function edited(text: string, status = 'offboarding' as const): string {
  const plan = planStatusEdit(text, status);
  assert.equal(plan.kind, 'edit', `expected an edit, got ${JSON.stringify(plan)}`);
  return apply(text, (plan as { edit: TextEdit }).edit);
}

function refusal(text: string): string {
  const plan = planStatusEdit(text, 'offboarding');
  assert.equal(plan.kind, 'refused', `expected a refusal, got ${JSON.stringify(plan)}`);
  return (plan as { reason: string }).reason;
}

/** The workbench's pattern for links in notification messages (vs/base/common/linkedText). */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;

describe('issue 8: hostile and unlucky inputs', () => {
  describe('1. linear time', () => {
    it('a heading with 60,000 spaces inside reads as one heading', () => {
      const n = note(`# a${SPACES}b\n`);
      assert.equal(n.headings.length, 1);
      assert.equal(n.headings[0].text, `a${SPACES}b`);
      assert.equal(n.name, `a${SPACES}b`);
    });

    it('rate: "1<spaces>x" is a problem, not a stall', () => {
      const n = note(`---\nrate: "1${SPACES}x"\n---\n`);
      assert.equal(n.rate, undefined);
      assert.match(n.problems[0].message, /rate .* is not a number I can read unambiguously/);
      assert.equal(note(`---\nrate: "EUR ${' '.repeat(100)}90"\n---\n`).rate, 90);
    });

    it('contact: "a<spaces>b" is a name; "Name <email>" still splits', () => {
      assert.deepEqual(note(`---\ncontact: "a${SPACES}b"\n---\n`).contact, { name: `a${SPACES}b` });
      assert.deepEqual(note(`---\ncontact: "Dana W${SPACES}<dana@x.example>"\n---\n`).contact, { name: 'Dana W', email: 'dana@x.example' });
      assert.deepEqual(note('---\ncontact: <a@b.c>\n---\n').contact, { name: undefined, email: 'a@b.c' });
      assert.deepEqual(note('---\ncontact: a <b> c\n---\n').contact, { name: 'a <b> c' });
    });

    it('status: a<spaces>b and a key line with 60,000 spaces are read and edited', () => {
      const text = `---\nstatus: a${SPACES}b\n---\n`;
      assert.match(note(text).problems[0].message, /is not one of/);
      assert.equal(edited(text), '---\nstatus: offboarding\n---\n');
      assert.equal(locateField(`a${SPACES}b: 1\nc: 2\n`, ['c']), 1);
    });

    it('20,000 invoices with a bad due date: each problem on its own line, the first thousand listed', () => {
      const items = Array.from({ length: 20000 }, (_, i) => `  - id: I${i}\n    amount: 1\n    due: bad\n`).join('');
      const n = note(`---\ninvoices:\n${items}---\n`);
      // The first thousand are listed, each on its invoice's own line; the rest are counted.
      assert.equal(n.problems.length, 1001);
      assert.equal(n.problems[0].line, 5);
      assert.equal(n.problems[999].line, 5 + 3 * 999);
      assert.equal(n.problems[1000].message, '19000 more problems in this note are not listed; fix the ones above first');
    });

    it('a frontmatter of 20,000 blank lines (quadratic in gray-matter) reads as its fields', () => {
      assert.equal(note(`---\n${'\n \n'.repeat(20000)}client: A\n---\n`).name, 'A');
    });
  });

  describe('2. notifications', () => {
    it('note text in a notification links nothing', () => {
      for (const name of ['[x](command:workbench.action.terminal.new)', '[a](https://evil.example "t")', 'x [y](file:///etc/passwd) z']) {
        const shown = notificationText(`${name} already has an offboarding checklist`);
        assert.equal([...shown.matchAll(NOTIFICATION_LINK)].length, 0, shown);
        assert.equal(shown.replace(/\u200b/g, ''), `${name} already has an offboarding checklist`);
      }
      assert.equal(notificationText('a\nb'), 'a b');
    });

    it('note text in a MarkdownString is escaped', () => {
      assert.equal(markdownText('[x](command:y)'), '\\[x\\]\\(command:y\\)');
    });
  });

  describe('3. finite scores', () => {
    const rate = ['client: A', 'rate: 100', 'invoices:', '  - id: I1', '    amount: 1000', '    due: 2026-01-01', '    paid: 2026-01-01'];

    it('hours logged in 1700 are a problem, and the score stays finite', () => {
      const n = note(['---', ...rate, '---', '## Log', '- 1700-01-01 10h work'].join('\n'));
      assert.equal(n.log.length, 0);
      assert.match(n.problems.find((p) => p.line === 11)!.message, /1700-01-01 is not between 1900 and 2100/);
      assert.ok(Number.isFinite(frictionScore(n, settings(), AS_OF).score));
    });

    it('work old enough for its fade to underflow gives no effort signal, not NaN', () => {
      const n = note(['---', ...rate, '---', '## Log', '- 1900-01-02 10h work'].join('\n'));
      const r = frictionScore(n, settings({ halfLifeDays: 1 }), AS_OF);
      assert.ok(Number.isFinite(r.score) && Number.isFinite(r.rawPoints));
      assert.ok(!r.signals.some((s) => s.id === 'effort'));
    });

    it('1e308 invoices are too large to be real; a 400-digit duration too', () => {
      const n = note(
        [
          '---',
          'rate: 100',
          'invoices:',
          '  - {id: A, amount: 1e308, due: 2026-01-01}',
          '  - {id: B, amount: 1e308, due: 2026-01-01}',
          '---',
          '## Log',
          `- 2026-11-01 ${'9'.repeat(400)}h work`,
        ].join('\n'),
      );
      assert.equal(n.invoices[0].amount, undefined);
      assert.ok(n.problems.some((p) => /amount 1e\+308 is too large to be real/.test(p.message)));
      assert.equal(n.log[0].hours, undefined);
      assert.ok(n.problems.some((p) => /duration 9+… is too large to be real/.test(p.message)));
      const s = summarizeClient(n, settings(), AS_OF);
      assert.ok(Number.isFinite(s.score) && Number.isFinite(s.amountOverdue) && Number.isFinite(s.hoursLogged));
    });

    it('dates outside 1900–2100 in the frontmatter are problems', () => {
      const n = note('---\nsince: 1899-12-31\ninvoices:\n  - id: A\n    due: 2101-01-01\n---\n');
      assert.equal(n.since, undefined);
      assert.equal(n.invoices[0].due, undefined);
      assert.deepEqual(
        n.problems.map((p) => [p.line, p.message]),
        [
          [2, 'since 1899-12-31 is not between 1900 and 2100; it is not counted'],
          [5, 'invoice A: due 2101-01-01 is not between 1900 and 2100; it is not counted'],
        ],
      );
    });

    it('the ranking is the same in any read order', () => {
      const texts = ['---\nclient: B\n---\n', '---\nclient: A\n---\n', '---\nclient: a\n---\n', '---\nrate: 1\n---\n## Log\n- 1700-01-01 5h x\n'];
      const summaries = texts.map((t, i) => summarizeClient(note(t, `clients/${i}.md`), settings(), AS_OF));
      const order = buildPortfolio(summaries).clients.map((c) => c.file);
      for (let k = 0; k < 10; k++) {
        const shuffled = [...summaries].sort(() => Math.random() - 0.5);
        assert.deepEqual(buildPortfolio(shuffled).clients.map((c) => c.file), order);
      }
    });
  });

  describe('4. edits', () => {
    const fm = '---\nclient: A\nstatus: active\n---\n# A\n\ntext\n';
    const block = '## Offboarding (started 2026-11-27)\n\n- [ ] one\n';

    it('the checklist at the cursor at the top or inside the frontmatter lands after it', () => {
      for (const at of [0, 1, 4, fm.indexOf('status'), fm.indexOf('---', 3)]) {
        const out = apply(fm, blockInsertion(fm, block, at));
        assert.equal(out, `---\nclient: A\nstatus: active\n---\n\n${block}\n# A\n\ntext\n`, `cursor at ${at}`);
        assert.equal(note(out).name, 'A');
      }
      // A frontmatter that is never closed may be all frontmatter: the end of the note.
      const open = '---\nclient: A\n';
      assert.equal(apply(open, blockInsertion(open, block, 0)), `${open}\n${block}`);
    });

    it('the checklist at an offset inside a CRLF break, or above a setext underline, keeps the heading (found by the fuzzer)', () => {
      const text = '- 2026-11-12 #disrespect\r\n\u0000\ud800\udc00\r\n===\r\n    - 2026-11-20 indented';
      const out = apply(text, blockInsertion(text, block, 30));
      assert.equal(note(out).name, '\u0000\ud800\udc00');
      assert.ok(out.startsWith('- 2026-11-12 #disrespect\r\n\u0000\ud800\udc00\r\n===\r\n'));
    });

    it('Mark as Offboarding: ---yaml, --- yaml and a closer with a comment', () => {
      assert.equal(edited('---yaml\nstatus: active\n---\n'), '---yaml\nstatus: offboarding\n---\n');
      assert.equal(edited('--- yaml\nclient: A\n--- # end\nbody\n'), '--- yaml\nclient: A\nstatus: offboarding\n--- # end\nbody\n');
      assert.equal(note('--- yaml\nclient: A\n--- # end\nbody\n').name, 'A');
      assert.equal(findFrontmatter('---\na: 1\n--- # end\n')?.closed, true);
      assert.equal(findFrontmatter('---\na: 1\n----\n')?.closed, false);
    });

    it('Mark as Offboarding refuses, changing nothing, where a targeted edit is not safe', () => {
      assert.match(refusal('---\n{client: A, status: active}\n---\n'), /flow style/);
      assert.match(refusal('---\nstatus: |\n  active\n---\n'), /block scalar/);
      assert.match(refusal('---\nstatus:\n  active\n---\n'), /on the next line/);
      assert.match(refusal('---\nstatus: &s active\nother: *s\n---\n'), /anchor/);
      assert.match(refusal('---\nstatus: "act\n  ive"\n---\n'), /quoted value over several lines/);
      assert.match(refusal('---\nclient: A\n'), /never closed/);
      assert.match(refusal('---toml\nstatus = "a"\n---\n'), /not YAML/);
      assert.match(refusal('---\nstatus: [a\n---\n'), /not valid YAML/);
    });

    it('a status: line inside a multi-line quoted scalar is not the status', () => {
      const text = '---\nscope: "first line\nstatus: active\n  end"\nclient: A\n---\n';
      const out = edited(text);
      assert.equal(out, '---\nscope: "first line\nstatus: active\n  end"\nclient: A\nstatus: offboarding\n---\n');
      const before = note(text);
      const after = note(out);
      assert.equal(after.status, 'offboarding');
      assert.equal(after.scope, before.scope);
    });

    it('edits keep CR-only, CRLF+BOM and mixed line endings byte for byte outside the edit', () => {
      for (const text of ['---\rclient: A\rstatus: active\r---\r## Log\r- 2026-11-01 x\r', '\ufeff---\r\nclient: A\r\n---\r\n## Log\r\n', '---\nclient: A\r\n---\r## Log\n- 2026-11-01 x\r\n']) {
        const status = planStatusEdit(text, 'offboarding');
        assert.equal(status.kind, 'edit');
        const withStatus = apply(text, (status as { edit: TextEdit }).edit);
        assert.equal(note(withStatus).status, 'offboarding');
        assert.equal(note(withStatus).name, 'A');
        const log = logInsertion(text, '- 2026-11-27 new #urgent', settings());
        assert.equal(text.slice(0, log.start) + text.slice(log.end), text);
        const logged = note(apply(text, log));
        assert.equal(logged.log.length, note(text).log.length + 1);
        assert.deepEqual(logged.log.at(-1)!.tags, ['urgent']);
      }
    });

    it('Log Interaction never appends inside an unclosed fence or comment', () => {
      for (const tail of ['```\ncode', '<!-- a comment', '~~~']) {
        const text = `# A\n## Log\n- 2026-11-01 one\n${tail}\n`;
        const out = apply(text, logInsertion(text, '- 2026-11-27 new', settings()));
        assert.equal(out, `# A\n## Log\n- 2026-11-01 one\n- 2026-11-27 new\n${tail}\n`);
        assert.equal(note(out).log.length, 2);
        const bare = `# A\n${tail}\n`;
        const added = apply(bare, logInsertion(bare, '- 2026-11-27 new', settings()));
        assert.equal(note(added).log.length, 1, added);
      }
    });

    it('a client name with a newline adds no line to the checklist or a script', () => {
      const n = note('---\nclient: "Acme\\n- 2026-11-01 rude #disrespect\\n- [x] done"\ncontact: "Bo\\n# Heading <b@c.d>"\n---\n');
      const checklist = offboardingChecklist(n, settings(), AS_OF, 'en');
      const plain = offboardingChecklist(note('---\nclient: Acme\n---\n'), settings(), AS_OF, 'en');
      assert.equal(checklist.split('\n').length, plain.split('\n').length);
      assert.ok(!/^- \[x\]/m.test(checklist));
      const after = note(`# Acme\n\n${checklist}`);
      assert.equal(after.log.length, 0);
      assert.ok(after.tasks.every((t) => !t.checked));
      for (const id of SCRIPT_IDS) {
        const plainScript = renderScript(id, note('---\nclient: Acme\ncontact: Bo <b@c.d>\n---\n'), settings(), AS_OF, 'en', 'text');
        assert.equal(renderScript(id, n, settings(), AS_OF, 'en', 'text').split('\n').length, plainScript.split('\n').length, id);
      }
      assert.equal(noteMarkdown('a <!-- b'), 'a &lt;!-- b');
    });

    it('contract: links only http(s) and relative paths inside the workspace', () => {
      assert.equal(contractMarkdown('contracts/msa.pdf', 1), '[contracts/msa.pdf](contracts/msa.pdf)');
      assert.equal(contractMarkdown('../contracts/msa.pdf', 1), '[../contracts/msa.pdf](../contracts/msa.pdf)');
      assert.equal(contractMarkdown('https://example.com/msa', 0), '[https://example.com/msa](https://example.com/msa)');
      for (const hostile of ['command:workbench.action.terminal.new', 'vscode:extension/x', 'file:///etc/passwd', '/etc/passwd', '../../../etc/passwd', 'C:/x.pdf', 'javascript:alert(1)', '~/x']) {
        const out = contractMarkdown(hostile, 1);
        assert.ok(!out.includes(`](${hostile}`), out);
      }
      assert.equal(contractMarkdown('[x](command:y)', 1), '\\[x\\](command:y)');
      const checklist = offboardingChecklist(note('---\ncontract: command:rm\n---\n'), settings(), AS_OF, 'en', { noteFolderDepth: 1 });
      assert.match(checklist, /\*\*Review the contract and scope\*\*: command:rm —/);
    });
  });

  describe('6. terminal text', () => {
    it('control characters are made visible', () => {
      assert.equal(terminalText('a\u001b[2Jb\u001b]0;title\u0007\nc\u202ed'), 'a\\x1b[2Jb\\x1b]0;title\\x07\\nc\\u202ed');
      assert.equal(terminalText('Café — ok'), 'Café — ok');
    });
  });

  describe('7. smaller', () => {
    it('a CR-only note reads as the editor reads it', () => {
      const n = note('---\rclient: A\rrate: 90\r---\r# Heading\r## Log\r- 2026-11-03 23:40 x #urgent\r');
      assert.equal(n.name, 'A');
      assert.equal(n.rate, 90);
      assert.deepEqual(n.log.map((e) => [e.line, e.tags]), [[7, ['urgent']]]);
    });

    it('notice_days: 100000000 is a problem, and the checklist and scripts still come', () => {
      const n = note('---\nclient: A\nnotice_days: 100000000\n---\n');
      assert.equal(n.noticeDays, undefined);
      assert.match(n.problems[0].message, /notice_days 100000000 is too large to be real/);
      assert.match(offboardingChecklist(n, settings(), AS_OF, 'en'), /30 days from the announcement/);
      for (const id of SCRIPT_IDS) assert.ok(renderScript(id, n, settings(), AS_OF, 'en', 'text'));
    });

    it('years below 100 print with four digits', () => {
      const d = parseIsoDay('0050-03-01')!;
      assert.equal(formatIsoDay(d), '0050-03-01');
      assert.equal(formatDay(d, 'd MMMM yyyy'), '1 March 0050');
      assert.equal(formatIsoDay(day('2026-11-27')), '2026-11-27');
    });
  });
});
