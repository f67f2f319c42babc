import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { MAX_ENTRY_HOURS } from '../../src/core/read/logEntry';
import { scanBody } from '../../src/core/read/markdownBody';
import { TAG_BIT } from '../../src/core/tags';
import { generateNote, random } from '../bench/generateNotes';

describe('log scanner', () => {
  it('reads date, time, duration, text and tags', () => {
    const scan = scanBody(
      [
        '## Log',
        '- 2026-11-03 23:40 WhatsApp about the hero image #urgent',
        '- 2026-11-04 Feedback: "not quite it" #revision #vague #Revision',
        '- 2026-11-05 1.5h Call about a blog #scope-creep',
        '- 2026-11-06 45m Quick fix',
        '- 2026-11-07 09:15 1h30m Workshop',
        '* 2026-11-08 star bullet #RUDE',
        '1. 2026-11-09 ordered item #praise',
        '  - 2026-11-10 nested item #after-hours',
        '- 2026-11-11: colon after the date',
        '- 2026-11-12 issue #123 and C# code and mail#tag',
      ].join('\n'),
      1,
      {},
    );
    const got = scan.log.map((e) => [e.line, e.minutes ?? null, e.hours ?? null, e.tags.join(',')]);
    assert.deepEqual(got, [
      [2, 1420, null, 'urgent'],
      [3, null, null, 'revision,vague'],
      [4, null, 1.5, 'scope-creep'],
      [5, null, 0.75, ''],
      [6, 555, 1.5, ''],
      [7, null, null, 'disrespect'],
      [8, null, null, 'praise'],
      [9, null, null, 'after-hours'],
      [10, null, null, ''],
      [11, null, null, ''],
    ]);
    assert.equal(scan.log[0].text, 'WhatsApp about the hero image #urgent');
  });

  it('applies tag synonyms from settings', () => {
    const scan = scanBody('- 2026-11-03 call #asap #Nightly', 1, { asap: 'urgent', nightly: 'after-hours' });
    assert.deepEqual(scan.log[0].tags, ['urgent', 'after-hours']);
  });

  it('skips fenced code blocks and HTML comments', () => {
    const body = [
      '```',
      '- 2026-11-01 in a fence #rude',
      '```',
      '~~~~md',
      '- 2026-11-02 in a tilde fence',
      '~~~',
      '- 2026-11-03 still in the tilde fence (closed by 4 tildes only)',
      '~~~~',
      '<!-- - 2026-11-04 in a comment -->',
      '<!--',
      '- 2026-11-05 in a multi-line comment',
      '-->',
      '- 2026-11-06 counted <!-- #rude hidden --> #urgent',
      '- 2026-11-07 counted',
    ].join('\n');
    const scan = scanBody(body, 10, {});
    assert.deepEqual(
      scan.log.map((e) => [e.line, e.tags.join(',')]),
      [
        [22, 'urgent'],
        [23, ''],
      ],
    );
  });

  it('keeps task items apart, with their section', () => {
    const scan = scanBody('## Offboarding (started 2026-11-13)\n- [x] done\n- [ ] open\n  - [X] nested done\n- [] not a task', 1, {});
    assert.deepEqual(
      scan.tasks.map((t) => [t.line, t.checked, t.text, t.section]),
      [
        [2, true, 'done', 0],
        [3, false, 'open', 0],
        [4, true, 'nested done', 0],
      ],
    );
    assert.equal(scan.log.length, 0);
  });

  it('reports impossible dates and non-ISO dates under a Log heading', () => {
    const scan = scanBody('## Log\n- 2026-02-30 bad\n- 03/11/2026 us style\n- 2026-11-01 25:99 bad time\n\n## Notes\n- 03/11/2026 elsewhere is fine', 1, {});
    assert.deepEqual(
      scan.problems.map((p) => [p.line, p.column]),
      [
        [2, 3],
        [3, 3],
        [4, 14],
      ],
    );
    assert.match(scan.problems[0].message, /2026-02-30 does not exist/);
    assert.match(scan.problems[1].message, /not written as YYYY-MM-DD/);
    assert.match(scan.problems[2].message, /25:99 is not a 24-hour/);
    assert.equal(scan.log.length, 1, 'the entry with a bad time still counts');
  });

  it('does not read a date cut short by the end of the line', () => {
    const scan = scanBody('## Log\n- 2026-11-0\n- 2026-1', 1, {});
    assert.equal(scan.log.length, 0);
    assert.deepEqual(
      scan.problems.map((p) => [p.line, p.message]),
      [[2, 'log entry date 2026-11-0 does not exist; the entry is not counted']],
    );
  });

  it('reads times and durations exactly as the regexes they replace', () => {
    // The scanner reads these with char codes; these were its regexes.
    const CLOCK = /[ \t]+(\d{1,2}):(\d{2})(?=$|[ \t])/y;
    const DURATION = /[ \t]+(\d+(?:\.\d+)?)(h|hr|hrs|j|jam|m|min|mins|minit)(?:(\d{1,2})m)?(?=$|[ \t,;.])/iy;
    const expected = (line: string) => {
      let p = 12;
      let minutes: number | undefined;
      let hours: number | undefined;
      let badTime: string | undefined;
      CLOCK.lastIndex = p;
      const clock = CLOCK.exec(line);
      if (clock) {
        const h = Number(clock[1]);
        const m = Number(clock[2]);
        if (h < 24 && m < 60) minutes = h * 60 + m;
        else badTime = `${p + clock[0].indexOf(clock[1]) + 1}:${clock[1]}:${clock[2]}`;
        p = CLOCK.lastIndex;
      }
      DURATION.lastIndex = p;
      const duration = DURATION.exec(line);
      if (duration) {
        const amount = Number(duration[1]);
        hours = (duration[2].charCodeAt(0) | 32) !== 109 ? amount + (duration[3] ? Number(duration[3]) / 60 : 0) : amount / 60;
        // Longer than any real entry: a problem, and the entry counts without it.
        if (hours > MAX_ENTRY_HOURS) hours = undefined;
        p = DURATION.lastIndex;
      }
      return { minutes, hours, text: line.slice(p).trim(), badTime };
    };
    const parts = [' ', '  ', '\t', '9:30', '09:30', '23:59', '24:00', '7:75', '123:45', '1:2', '1h', '1.5h', '1.h', '.5h', '2hrs', '2HR', '3Hrs', '45m', '30min', '30MINS', '1h30m', '1h3M', '1h123m', '1h30', '5m5m', '1hx', '10h,', '2h;', '2h.', '2h)', '12345678901234567890h', '0.1h', 'x', 'word', '2j', '1.5J', '3jam', '2JAM', '1j30m', '45minit', '2jx', 'jam'];
    const r = random(5);
    for (let k = 0; k < 20000; k++) {
      let line = r() < 0.5 ? '- 2026-11-03 ' : '- 2026-11-03\t';
      const n = 1 + Math.floor(r() * 5);
      for (let j = 0; j < n; j++) line += parts[Math.floor(r() * parts.length)];
      const scan = scanBody(line, 1, {});
      const want = expected(line);
      const got = scan.log[0];
      const badTime = scan.problems.find((p) => p.message.startsWith('time '));
      assert.deepEqual(
        { minutes: got.minutes, hours: got.hours, text: got.text, badTime: badTime && `${badTime.column}:${/time (\d+):(\d+)/.exec(badTime.message)!.slice(1).join(':')}` },
        want,
        line,
      );
    }
  });

  it('finds the same list items as markdown-it on realistic and shuffled bodies', () => {
    const md = new MarkdownIt({ html: true }); // as VS Code's preview reads notes
    /** Lines of list items whose text starts with a date, per markdown-it. */
    const reference = (body: string): number[] => {
      const lines = body.split('\n');
      const out: number[] = [];
      for (const token of md.parse(body, {})) {
        if (token.type === 'list_item_open' && token.map) {
          const line = lines[token.map[0]];
          if (/^\s*(?:[-*+]|\d+[.)])\s+\d{4}-\d{2}-\d{2}(?:\s|$)/.test(line)) out.push(token.map[0] + 1);
        }
      }
      return out;
    };
    const EXTRA = ['```', '- 2026-01-01 fenced', '```', '<!--', '- 2026-01-02 commented', '-->', 'Paragraph text', '', '  - 2026-01-03 nested', '## Heading'];
    const r = random(7);
    for (let i = 0; i < 200; i++) {
      const note = generateNote(i);
      const lines = note.slice(note.indexOf('\n---', 3) + 5).split('\n');
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(r() * lines.length);
        lines.splice(at, 0, ...EXTRA.slice(Math.floor(r() * 3) * 3, Math.floor(r() * 3) * 3 + 3));
      }
      // Keep fences and comments balanced so both readers see the same document.
      const body = `${lines.join('\n')}\n`;
      const mine = scanBody(body, 1, {}).log.map((e) => e.line);
      assert.deepEqual(mine, reference(body), `differs from markdown-it on generated body ${i}`);
    }
  });

  it('reads a note in place as it reads the body sliced out of it, tags and their bits alike', () => {
    const r = random(21);
    const edits = ['\n', '\r\n', ' #rude #asap #Urgent', '\n```\n', '\n<!-- x\n', ' -->', '\n- [x] done', '\n# H', '\n===', '\n- 2026-02-30 x', '\n- 2026-1', '\n  - 2026-11-01 09:61 2h #waiting', '\t', ''];
    for (let i = 0; i < 400; i++) {
      let text = generateNote(i, 11);
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(r() * text.length);
        text = text.slice(0, at) + edits[Math.floor(r() * edits.length)] + text.slice(at);
      }
      const bodyStart = text.indexOf('\n---', 3) + 5;
      const synonyms = { asap: 'urgent' };
      const inPlace = scanBody(text, 30, synonyms, bodyStart);
      assert.deepStrictEqual(inPlace, scanBody(text.slice(bodyStart), 30, synonyms), `generated note ${i}`);
      for (const e of inPlace.log) assert.equal(e.tagBits, e.tags.reduce((bits, tag) => bits | TAG_BIT[tag], 0), `line ${e.line}`);
    }
  });
});
