import assert from 'node:assert/strict';
import { frictionScore } from '../../src/core/score/friction';
import { blockInsertion, findChecklist, logEntryLine, logInsertion, newNoteText, slugify, statusEdit, TextEdit, yamlScalar } from '../../src/core/noteEdits';
import { AS_OF, day, note, settings } from './helpers';

function apply(text: string, edit: TextEdit | undefined): string {
  assert.ok(edit, 'an edit');
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

const scoreClientText = (text: string) => frictionScore(note(text), settings(), AS_OF + 1).score;

describe('note edits', () => {
  it('formats a log line per the spec', () => {
    assert.equal(logEntryLine(day('2026-11-27'), 14 * 60 + 5, 'Call about the\nbanner', ['urgent', 'scope-creep']), '- 2026-11-27 14:05 Call about the banner #urgent #scope-creep');
    assert.equal(logEntryLine(day('2026-11-27'), undefined, '', ['praise']), '- 2026-11-27 #praise');
  });

  describe('log insertion', () => {
    const entry = '- 2026-11-27 10:00 New entry #urgent';
    it('appends to the end of the Log section, before the next section', () => {
      const text = '---\nclient: A\n---\n# A\n\n## Log\n- 2026-11-01 one\n- 2026-11-02 two\n\n## Notes\nfree text\n';
      assert.equal(apply(text, logInsertion(text, entry, settings())), '---\nclient: A\n---\n# A\n\n## Log\n- 2026-11-01 one\n- 2026-11-02 two\n- 2026-11-27 10:00 New entry #urgent\n\n## Notes\nfree text\n');
    });

    it('appends under an empty Log heading and at the end of the file', () => {
      assert.equal(apply('# A\n## Log\n', logInsertion('# A\n## Log\n', entry, settings())), `# A\n## Log\n${entry}\n`);
      assert.equal(apply('# A\n## Log\n- 2026-11-01 x', logInsertion('# A\n## Log\n- 2026-11-01 x', entry, settings())), `# A\n## Log\n- 2026-11-01 x\n${entry}`);
    });

    it('creates the Log heading when missing', () => {
      assert.equal(apply('# A\n\nSome text\n', logInsertion('# A\n\nSome text\n', entry, settings())), `# A\n\nSome text\n\n## Log\n${entry}\n`);
      assert.equal(apply('# A\nSome text', logInsertion('# A\nSome text', entry, settings())), `# A\nSome text\n\n## Log\n${entry}\n`);
      assert.equal(apply('', logInsertion('', entry, settings())), `## Log\n${entry}\n`);
    });

    it('keeps CRLF notes CRLF', () => {
      const text = '# A\r\n\r\n## Log\r\n- 2026-11-01 one\r\n';
      assert.equal(apply(text, logInsertion(text, entry, settings())), `# A\r\n\r\n## Log\r\n- 2026-11-01 one\r\n${entry}\r\n`);
    });

    it('is read back as a log entry', () => {
      const text = '---\nclient: A\n---\n## Log\n- 2026-11-01 one\n';
      const after = note(apply(text, logInsertion(text, entry, settings())));
      assert.deepEqual(after.log.map((e) => e.tags), [[], ['urgent']]);
    });
  });

  describe('status edit', () => {
    it('changes only the value, keeping comments and every other byte', () => {
      const text = '---\nclient: A   # the name\nstatus: active    # lead | active\nrate: 9\n---\n# A\n';
      assert.equal(apply(text, statusEdit(text, 'offboarding')), '---\nclient: A   # the name\nstatus: offboarding    # lead | active\nrate: 9\n---\n# A\n');
    });

    it('handles quoted, empty and CRLF values', () => {
      assert.equal(apply('---\nstatus: "active"\n---\n', statusEdit('---\nstatus: "active"\n---\n', 'offboarding')), '---\nstatus: offboarding\n---\n');
      assert.equal(apply('---\nstatus:\n---\n', statusEdit('---\nstatus:\n---\n', 'offboarding')), '---\nstatus: offboarding\n---\n');
      assert.equal(apply('---\r\nstatus: lead\r\n---\r\n', statusEdit('---\r\nstatus: lead\r\n---\r\n', 'offboarding')), '---\r\nstatus: offboarding\r\n---\r\n');
    });

    it('adds the line after client:, or a frontmatter when there is none', () => {
      assert.equal(apply('---\nclient: A\nrate: 1\n---\n', statusEdit('---\nclient: A\nrate: 1\n---\n', 'offboarding')), '---\nclient: A\nstatus: offboarding\nrate: 1\n---\n');
      assert.equal(apply('---\nrate: 1\n---\n', statusEdit('---\nrate: 1\n---\n', 'offboarding')), '---\nstatus: offboarding\nrate: 1\n---\n');
      assert.equal(apply('# A\n', statusEdit('# A\n', 'offboarding')), '---\nstatus: offboarding\n---\n# A\n');
    });

    it('ignores nested status keys and does nothing when already set or unclosed', () => {
      const nested = '---\ninvoices:\n  - status: paid\n---\n';
      assert.equal(apply(nested, statusEdit(nested, 'offboarding')), '---\nstatus: offboarding\ninvoices:\n  - status: paid\n---\n');
      assert.equal(statusEdit('---\nstatus: offboarding\n---\n', 'offboarding'), undefined);
      assert.equal(statusEdit('---\nstatus: active\n', 'offboarding'), undefined);
    });
  });

  describe('block insertion', () => {
    const block = '## Offboarding (started 2026-11-27)\n\n- [ ] one\n';
    it('inserts at the end with a blank line before', () => {
      assert.equal(apply('# A\ntext\n', blockInsertion('# A\ntext\n', block, 'end')), `# A\ntext\n\n${block}`);
      assert.equal(apply('# A\ntext', blockInsertion('# A\ntext', block, 'end')), `# A\ntext\n\n${block}`);
      assert.equal(apply('# A\n\n', blockInsertion('# A\n\n', block, 'end')), `# A\n\n${block}`);
    });

    it('inserts at the cursor between lines, never inside one', () => {
      const text = '# A\n\nfirst paragraph\n\nsecond\n';
      const mid = text.indexOf('paragraph');
      assert.equal(apply(text, blockInsertion(text, block, mid)), `# A\n\nfirst paragraph\n\n${block}\nsecond\n`);
    });

    it('is found again, so no second checklist is added', () => {
      const text = apply('# A\n', blockInsertion('# A\n', block, 'end'));
      assert.equal(findChecklist(text, settings()), 3);
      assert.equal(findChecklist('# A\n## Log\n', settings()), undefined);
    });
  });

  it('makes new notes that read back without problems', () => {
    for (const name of ['Northwind Studio', 'Cedar & Pine: Architects', 'true', 'Café Ümlaut', '#hash', 'x"y']) {
      const text = newNoteText(name, AS_OF, settings(), 'en');
      const n = note(text, `clients/${slugify(name)}.md`);
      assert.deepEqual(n.problems, [], name);
      assert.equal(n.name, name);
      assert.equal(n.status, 'lead');
      // No entry of its own (it would be the client's contact, after hours on a weekend): a hint in a comment.
      assert.equal(n.log.length, 0);
      assert.equal(scoreClientText(text), 0);
    }
    assert.equal(yamlScalar('Plain Name'), 'Plain Name');
    assert.equal(yamlScalar('a: b'), '"a: b"');
    assert.equal(slugify('Cedar & Pine: Architects'), 'cedar-pine-architects');
    assert.equal(slugify('Café Ümlaut'), 'cafe-umlaut');
    assert.equal(slugify('!!!'), 'client');
  });
});
