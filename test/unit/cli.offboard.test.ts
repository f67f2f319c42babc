import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { offboardingChecklist } from '../../src/core/offboard/offboarding';
import { AS_OF, ENGLISH_LOCALE, note, readExample, repoRoot, settings } from './helpers';

describe('CLI: client-friction offboard', function () {
  const cli = (args: string[]) => spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), ...args], { cwd: repoRoot(), encoding: 'utf8', env: { ...process.env, ...ENGLISH_LOCALE, CLIENT_FRICTION_NAME: '' } });

  it('prints the same checklist the extension inserts', () => {
    const r = cli(['offboard', 'examples/clients/northwind-studio.md', '--as-of', '2026-11-27']);
    assert.equal(r.status, 0, r.stderr);
    const s = settings();
    assert.equal(r.stdout, offboardingChecklist(note(readExample('northwind-studio.md'), 'examples/clients/northwind-studio.md', s), s, AS_OF, 'en'));
  });

  it('says so when the client brings the concentration share of its folder\'s income, and points to new terms', () => {
    const r = cli(['offboard', 'examples/clients/atlas-outdoor.md', '--as-of', '2026-11-27']);
    assert.equal(r.status, 0, r.stderr);
    const s = settings();
    const expected = offboardingChecklist(note(readExample('atlas-outdoor.md'), 'examples/clients/atlas-outdoor.md', s), s, AS_OF, 'en', { incomeShare: 0.46 });
    assert.equal(r.stdout, expected);
    assert.match(r.stdout, /\n {2}- \*\*Keep on new terms\?\*\* .*\n {2}- \*\*Concentration\*\*: Atlas Outdoor brings 46% of your income/);
  });

  it('lists problems at the top of a broken note, in Malay when asked (the problems too)', () => {
    const r = cli(['offboard', 'examples/clients/gallo-restaurants.md', '--as-of', '2026-11-27', '--lang', 'ms']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^> Masalah dalam nota ini[^\n]*\n> - examples\/clients\/gallo-restaurants\.md:7: frontmatter tidak dapat dibaca di sini: inden baris ini [^\n]*\(YAML: bad indentation of a mapping entry\)\n/);
    assert.match(r.stdout, /## Penamatan \(bermula 2026-11-27\)/);
  });

  for (const [args, message] of [
    [['offboard'], /needs the NOTE/],
    [['offboard', 'missing.md'], /note not found: missing\.md/],
    [['offboard', 'examples/clients/northwind-studio.md', '--lang', 'fr'], /--lang must be en or ms/],
    [['offboard', 'examples/clients/northwind-studio.md', '--as-of', 'tomorrow'], /--as-of must be a real date/],
  ] as const) {
    it(`exits 2 with one line for ${args.slice(1).join(' ') || 'no note'}`, () => {
      const r = cli([...args]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }
});
