import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSettings } from '../../src/core/settings';
import { readSettingsFile } from '../../src/core/settingsFile';
import { AS_OF, ENGLISH_LOCALE, repoRoot } from './helpers';

const CLI = join(repoRoot(), 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...ENGLISH_LOCALE, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('settings files: the clientFriction settings of .vscode/settings.json (../shared/spec/cli.md, Settings)', () => {
  it('reads JSON with comments and trailing commas, flat and nested keys, and ignores other settings', () => {
    const { input, problems } = readSettingsFile(`{
  // my settings
  "editor.tabSize": 2,
  "clientFriction.replyDays": 5, /* five */
  "clientFriction.workingHours.start": "08:00",
  "clientFriction": { "graceDays": 1, "weights": { "payment": 2 }, "workingHours": { "end": "20:00" } },
  "clientFriction.asOf": "2026-11-27",
}`);
    assert.deepEqual(problems, []);
    const resolved = resolveSettings(input);
    assert.equal(resolved.settings.replyDays, 5);
    assert.equal(resolved.settings.graceDays, 1);
    assert.equal(resolved.settings.weights.payment, 2);
    assert.equal(resolved.settings.workStartMinutes, 8 * 60);
    assert.equal(resolved.settings.workEndMinutes, 20 * 60);
    assert.equal(resolved.asOf, AS_OF);
  });

  it('puts a wrong value on its own line and keeps its default; a broken file is a problem on its first error', () => {
    const { input, problems } = readSettingsFile('{\n  "clientFriction.replyDays": 5,\n  "clientFriction.graceDays": "soon",\n  "clientFriction.asOf": "2026-02-30"\n}\n');
    assert.deepEqual(
      problems.map((p) => p.line),
      [3, 4],
    );
    assert.match(problems[0].message, /graceDays must be a number/);
    assert.match(problems[1].message, /asOf must be a real date/);
    const resolved = resolveSettings(input);
    assert.equal(resolved.settings.replyDays, 5);
    assert.equal(resolved.settings.graceDays, 3);
    assert.equal(resolved.asOf, undefined);

    const broken = readSettingsFile('{\n  "clientFriction.replyDays": 5,\n  "clientFriction.graceDays" 1\n}');
    assert.equal(broken.problems[0].line, 3);
    assert.match(broken.problems[0].message, /not valid JSON/);
    assert.equal(resolveSettings(broken.input).settings.replyDays, 5);
    assert.match(readSettingsFile('[1, 2]').problems[0].message, /one object/);
    assert.deepEqual(readSettingsFile('').problems, []);
  });

  describe('the CLI scores a folder with its settings, as the sidebar does', () => {
    let tmp: string;
    before(() => {
      tmp = mkdtempSync(join(tmpdir(), 'cf-settings-'));
      cpSync(join(repoRoot(), 'examples'), join(tmp, 'ex'), { recursive: true });
    });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('takes the as-of day and the scoring settings from .vscode/settings.json, and --no-settings or --as-of over them', () => {
      const pinned = JSON.parse(run(['rank', 'ex', '--json'], tmp).stdout);
      assert.equal(pinned.asOf, '2026-11-27');
      const flagged = JSON.parse(run(['rank', 'ex', '--json', '--as-of', '2026-11-27'], tmp).stdout);
      assert.deepEqual(pinned, flagged);
      const defaults = JSON.parse(run(['rank', 'ex', '--json', '--no-settings', '--as-of', '2026-11-27'], tmp).stdout);
      assert.deepEqual(defaults, pinned);

      writeFileSync(join(tmp, 'ex', '.vscode', 'settings.json'), '{\n  "clientFriction.asOf": "2026-11-27",\n  "clientFriction.weights": { "payment": 0 },\n  "clientFriction.replyDays": "never"\n}\n');
      const r = run(['rank', 'ex', '--json'], tmp);
      const doc = JSON.parse(r.stdout);
      for (const c of doc.clients) assert.ok(!c.signals.some((s: { id: string }) => s.id === 'payment'), c.name);
      assert.ok(doc.problems.some((p: { file: string; line: number; message: string }) => p.file === '.vscode/settings.json' && p.line === 4 && /replyDays/.test(p.message)));
      const table = run(['rank', 'ex'], tmp).stdout;
      assert.match(table, /\.vscode\/settings\.json:4: setting replyDays must be a number/);

      // --settings FILE for every folder; a missing one is bad usage.
      mkdirSync(join(tmp, 'other'), { recursive: true });
      writeFileSync(join(tmp, 'other', 'mine.json'), '{ "clientFriction.asOf": "2026-10-01" }');
      assert.equal(JSON.parse(run(['rank', 'ex', '--json', '--settings', 'other/mine.json'], tmp).stdout).asOf, '2026-10-01');
      const missing = run(['rank', 'ex', '--settings', 'nope.json'], tmp);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /cannot read the settings file nope\.json/);
    });

    it('report and offboard read the same settings', () => {
      writeFileSync(join(tmp, 'ex', '.vscode', 'settings.json'), '{ "clientFriction.asOf": "2026-11-27", "clientFriction.yourName": "Ana Freelancer" }');
      const md = run(['report', 'ex', '--md'], tmp);
      assert.equal(md.code, 0, md.stderr);
      assert.match(md.stdout, /2026-11-27/);
      const checklist = run(['offboard', 'ex/clients/northwind-studio.md'], tmp);
      assert.equal(checklist.code, 0, checklist.stderr);
      assert.match(checklist.stdout, /2026-11-30/); // the cool-down: three days after the pinned day
      assert.match(run(['offboard', 'ex/clients/northwind-studio.md', '--no-settings', '--as-of', '2026-11-27'], tmp).stdout, /2026-11-30/);
    });
  });
});
