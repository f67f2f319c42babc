/**
 * The interface in English and Malay: every message the code words through
 * `l10n.t(…)` has its Malay in l10n/bundle.l10n.ms.json (and the bundle
 * nothing else), every `%key%` of package.json is in package.nls.json and
 * package.nls.ms.json (and they hold nothing else), each translation keeps
 * its placeholders, tags, flags, code and links; the core's catalogue
 * formats as vscode.l10n does; the CLI speaks Malay with `--lang ms` or a
 * Malay locale.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue, ENGLISH, formatMessage, languageOfEnvironment } from '../../src/core/l10n';
import { bandLabel, signalLabel } from '../../src/core/labels';
import { BANDS, SIGNAL_IDS } from '../../src/core/settings';
import { describeTrend } from '../../src/core/score/trend';
import { ENGLISH_LOCALE, repoRoot } from './helpers';
import { placeholders, scanMessages } from './l10nKeys';

const root = repoRoot();
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
const BUNDLE = readJson('l10n/bundle.l10n.ms.json') as Record<string, string>;
const NLS_EN = readJson('package.nls.json') as Record<string, string>;
const NLS_MS = readJson('package.nls.ms.json') as Record<string, string>;
const MANIFEST = readJson('package.json');
const SCAN = scanMessages(root);
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** What a translation must carry over unchanged: `#tags`, `--flags`, `code spans`, command links. */
function untranslatable(text: string): string[] {
  const kept = [...text.matchAll(/`[^`]*`|\(command:[\w.]+\)|(?<![\w-])#[a-z][\w-]*|--[a-z][\w-]*/g)].map((m) => m[0]);
  return kept.sort();
}

/** Every `%key%` string anywhere in package.json. */
function manifestKeys(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.push(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => manifestKeys(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => manifestKeys(v, out));
  return out;
}

describe('the interface in English and Malay (l10n)', () => {
  describe('the code and l10n/bundle.l10n.ms.json', () => {
    it('words every message as a literal, so that it can be found and translated', () => {
      assert.ok(SCAN.calls.length > 200, `found ${SCAN.calls.length} l10n.t calls`);
      assert.deepEqual(SCAN.notLiteral, [], 'l10n.t(…) calls whose message is not a string literal');
      assert.deepEqual(SCAN.elsewhere, [], 'messages translated through something not named l10n: name it l10n');
    });

    it('has a Malay translation of every message, and no translation of a message the code no longer says', () => {
      const used = sorted(SCAN.calls.map((c) => c.message));
      const missing = used.filter((m) => !Object.hasOwn(BUNDLE, m));
      assert.deepEqual(missing, [], 'messages without a Malay translation');
      const stale = Object.keys(BUNDLE).filter((k) => !used.includes(k));
      assert.deepEqual(stale, [], 'translations of messages the code does not use');
      for (const [key, value] of Object.entries(BUNDLE)) assert.ok(typeof value === 'string' && value.trim(), `empty translation of "${key}"`);
    });

    it('keeps every placeholder, tag, flag and code span of a message in its translation', () => {
      for (const [key, value] of Object.entries(BUNDLE)) {
        assert.deepEqual(placeholders(value), placeholders(key), `placeholders of "${key}"`);
        assert.deepEqual(untranslatable(value), untranslatable(key), `tags, flags and code of "${key}"`);
      }
    });

    it('passes each message the arguments its placeholders name', () => {
      for (const call of SCAN.calls) {
        const names = placeholders(call.message);
        if (call.args.kind === 'positional') {
          const expected = Array.from({ length: call.args.count }, (_, i) => String(i)).sort();
          assert.deepEqual(names, expected, `${call.at}: "${call.message}" with ${call.args.count} positional argument(s)`);
        } else if (call.args.kind === 'named' && call.args.names) {
          assert.deepEqual(names, sorted(call.args.names), `${call.at}: "${call.message}" with { ${call.args.names.join(', ')} }`);
        } else if (call.args.kind === 'named') {
          assert.ok(names.length > 0 && names.every((n) => !/^\d+$/.test(n)), `${call.at}: "${call.message}" takes named arguments`);
        } else {
          const one = names.length === 1 && names[0] === '0';
          assert.ok(one || (names.length > 0 && names.every((n) => !/^\d+$/.test(n))), `${call.at}: "${call.message}" takes one value or named arguments`);
        }
      }
    });
  });

  describe('package.json, package.nls.json and package.nls.ms.json', () => {
    it('localizes the manifest through package.nls*.json and names the l10n folder', () => {
      assert.equal(MANIFEST.l10n, './l10n');
      const keys = sorted(manifestKeys(MANIFEST));
      assert.ok(keys.length > 40, `${keys.length} keys`);
      assert.deepEqual(sorted(Object.keys(NLS_EN)), keys, 'package.nls.json holds exactly the %keys% of package.json');
      assert.deepEqual(sorted(Object.keys(NLS_MS)), keys, 'package.nls.ms.json holds exactly the %keys% of package.json');
    });

    it('leaves no user-facing text of the manifest unlocalized', () => {
      const c = MANIFEST.contributes as Record<string, unknown> & {
        commands: { title: string; category: string }[];
        viewsContainers: Record<string, { title: string }[]>;
        views: Record<string, { name: string; contextualTitle?: string }[]>;
        viewsWelcome: { contents: string }[];
        configuration: { title: string; properties: Record<string, { markdownDescription?: string; description?: string; enumDescriptions?: string[] }> };
        walkthroughs?: { title: string; description: string; steps: { title: string; description: string }[] }[];
      };
      const texts = [
        MANIFEST.description as string,
        ...c.commands.flatMap((x) => [x.title, x.category]),
        ...Object.values(c.viewsContainers).flat().map((x) => x.title),
        ...Object.values(c.views).flat().flatMap((x) => [x.name, x.contextualTitle ?? '%%']),
        ...c.viewsWelcome.map((x) => x.contents),
        c.configuration.title,
        ...Object.values(c.configuration.properties).flatMap((p) => [p.markdownDescription ?? p.description ?? '%%', ...(p.enumDescriptions ?? [])]),
        ...(c.walkthroughs ?? []).flatMap((w) => [w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description])]),
      ];
      for (const text of texts) assert.match(text, /^%.+%$/, `"${text}" is not localized`);
    });

    it('keeps the placeholders, tags, code, file names and command links of each text in Malay', () => {
      for (const [key, value] of Object.entries(NLS_EN)) {
        assert.ok(NLS_MS[key]?.trim(), `${key}: empty`);
        assert.deepEqual(placeholders(NLS_MS[key]).filter((p) => /^\d+$/.test(p)), placeholders(value).filter((p) => /^\d+$/.test(p)), `${key}: placeholders`);
        assert.deepEqual(untranslatable(NLS_MS[key]), untranslatable(value), `${key}: tags, code and links`);
      }
    });
  });

  describe('the core catalogue', () => {
    it('formats {0} and {name} as vscode.l10n.t does, leaving unknown placeholders alone', () => {
      assert.equal(formatMessage('{0} of {1}', [3, 'x']), '3 of x');
      assert.equal(formatMessage('{name} said {what} {2}', { name: 'A', what: '{0}' }), 'A said {0} {2}');
      assert.equal(formatMessage('{ "asap": "urgent" }', []), '{ "asap": "urgent" }');
      assert.equal(ENGLISH.t('{0} client', 1), '1 client');
      assert.equal(ENGLISH.t('up {0} in {1} days', 18, 30), 'up 18 in 30 days');
    });

    it('formats as a regular expression replace does, the template split once (an oracle test of the fast path)', () => {
      const reference = (template: string, args: Record<string, unknown>) =>
        template.replace(/{([^}]+)}/g, (whole, name: string) => (args[name] === undefined ? whole : String(args[name])));
      const piece = fc.oneof(fc.constantFrom('{', '}', '{0}', '{1}', '{name}', '{}', '{{0}}', '{ a }', ' ', 'x'), fc.string({ maxLength: 4 }));
      const template = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
      const value = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constantFrom('{0}', '{name}', '$&', '$1'));
      fc.assert(
        fc.property(template, fc.array(value, { maxLength: 3 }), (t, args) => {
          assert.equal(formatMessage(t, args), reference(t, args as unknown as Record<string, unknown>));
          assert.equal(formatMessage(t, args), formatMessage(t, args), 'the second call, from the split template');
        }),
      );
      fc.assert(
        fc.property(template, fc.dictionary(fc.constantFrom('0', 'name', 'a', ' a '), value), (t, args) => {
          assert.equal(formatMessage(t, args), reference(t, args));
        }),
      );
    });

    it('speaks Malay from the bundle, and English for a message it has no translation of', () => {
      const ms = catalogue('ms');
      assert.equal(ms.t('up {0} in {1} days', 18, 30), 'naik 18 dalam 30 hari');
      assert.equal(ms.t('Client friction as of {date}: {count}', { date: '2026-11-27', count: '3 pelanggan' }), 'Geseran pelanggan setakat 2026-11-27: 3 pelanggan');
      assert.equal(ms.t('not in the bundle {0}', 1), 'not in the bundle 1');
      assert.equal(catalogue('en'), ENGLISH);
      assert.equal(describeTrend({ days: 30, scoreThen: 10, delta: -6 }, ms), 'turun 6 dalam 30 hari');
    });

    it('names every band and signal in both languages, differently', () => {
      for (const band of BANDS) assert.notEqual(bandLabel(band, catalogue('ms')), bandLabel(band), band);
      for (const id of SIGNAL_IDS) assert.notEqual(signalLabel(id, catalogue('ms')), signalLabel(id), id);
      assert.deepEqual(BANDS.map((b) => bandLabel(b)), [...BANDS]);
    });

    it('takes the language of a terminal from LC_ALL, LC_MESSAGES or LANG', () => {
      assert.equal(languageOfEnvironment({}), 'en');
      assert.equal(languageOfEnvironment({ LANG: 'ms_MY.UTF-8' }), 'ms');
      assert.equal(languageOfEnvironment({ LANG: 'ms' }), 'ms');
      assert.equal(languageOfEnvironment({ LANG: 'mse_XX' }), 'en');
      assert.equal(languageOfEnvironment({ LANG: 'ms_MY.UTF-8', LC_ALL: 'C.UTF-8' }), 'en', 'LC_ALL first');
      assert.equal(languageOfEnvironment({ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'ms_MY' }), 'ms');
      assert.equal(languageOfEnvironment({ LANG: 'C.UTF-8', LC_ALL: '' }), 'en');
    });
  });

  describe('the CLI', function () {
    const CLI = join(root, 'dist', 'cli.js');
    const run = (args: string[], env: Record<string, string> = ENGLISH_LOCALE) =>
      spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', NO_COLOR: '1', ...env } });

    it('prints the ranking in Malay with --lang ms, and the same JSON in every language', () => {
      const r = run(['rank', 'examples', '--as-of', '2026-11-27', '--lang', 'ms']);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.match(lines[0], /^Geseran pelanggan setakat 2026-11-27 dalam examples: 14 pelanggan, 1 bekas$/);
      assert.match(lines[2], /^ ?#\s+Pelanggan\s+Skor\s+Aliran\s+Tahap\s+Tanda\s+Pendapatan\s+Isyarat utama$/);
      assert.match(lines[3], /^ ?1\s+Northwind Studio\s+\d+\s+\+\d+\s+genting\s+\d+%\s+bayaran: /);
      assert.ok(lines.some((l) => /^ ?\d+\s+Bluebird Dental\s+\d+\s+[+-]?\d+\s+genting\s+biadab\s+\d+%\s+sikap: 3 insiden biadab, terkini 2026-11-02: tiada rujukan semasa penamatan$/.test(l)));
      assert.ok(lines.some((l) => /^ ?\d+\s+Granite Logistics\s+\d+\s+\+\d+\s+tegang\s+\d+%\s+bayaran: GL-06 belum dibayar, lewat 27 hari; EUR 2,600 tertunggak$/.test(l)));
      assert.ok(lines.includes('Kebergantungan: Atlas Outdoor membawa 46% daripada pendapatan.'));
      assert.ok(lines.some((l) => /^Pareto: \d+ daripada 14 pelanggan .* daripada geseran dan \d+% daripada pendapatan\.$/.test(l)));
      assert.ok(lines.includes('Bekas pelanggan (tidak disenaraikan)'));
      // Problems in the notes too (what js-yaml says of the YAML stays in its English).
      assert.ok(lines.includes('clients/gallo-restaurants.md:7: frontmatter tidak dapat dibaca di sini: inden baris ini berbeza daripada baris di sekelilingnya; samakan ruang depannya dengan kunci yang lain (YAML: bad indentation of a mapping entry)'));
      const json = (env: Record<string, string>, extra: string[] = []) => run(['rank', 'examples', '--as-of', '2026-11-27', '--json', ...extra], env).stdout;
      assert.equal(json({ LANG: 'ms_MY.UTF-8' }, ['--lang', 'ms']), json(ENGLISH_LOCALE));
    });

    it('keeps a summary cache worded in one language from the table of another', () => {
      const cache = mkdtempSync(join(tmpdir(), 'cf-l10n-cache-'));
      try {
        const table = (lang: string, extra: string[] = []) => run(['rank', 'examples', '--as-of', '2026-11-27', '--lang', lang, ...extra]).stdout;
        for (const lang of ['ms', 'en', 'ms', 'en']) assert.equal(table(lang, ['--cache', cache]), table(lang), lang);
        assert.equal(run(['rank', 'examples', '--as-of', '2026-11-27', '--json', '--lang', 'ms', '--cache', cache]).stdout, run(['rank', 'examples', '--as-of', '2026-11-27', '--json']).stdout);
        assert.equal(table('ms', ['--cache', cache]), table('ms'), 'after the JSON (English)');
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    });

    it('follows a Malay locale without --lang, and --lang over the locale', () => {
      const malay = run(['rank', 'examples', '--as-of', '2026-11-27'], { LANG: 'ms_MY.UTF-8' });
      assert.match(malay.stdout, /^Geseran pelanggan setakat/);
      const english = run(['rank', 'examples', '--as-of', '2026-11-27', '--lang=en'], { LANG: 'ms_MY.UTF-8' });
      assert.match(english.stdout, /^Client friction as of/);
      const before = run(['--lang', 'ms', 'rank', 'examples', '--as-of', '2026-11-27']);
      assert.equal(before.stdout, malay.stdout, '--lang may come before the command');
    });

    it('writes the offboarding checklist in the language of the locale, and says usage errors in it', () => {
      const checklist = run(['offboard', 'examples/clients/northwind-studio.md', '--as-of', '2026-11-27'], { LANG: 'ms_MY.UTF-8', CLIENT_FRICTION_NAME: '' });
      assert.equal(checklist.status, 0, checklist.stderr);
      assert.match(checklist.stdout, /^## Penamatan \(bermula 2026-11-27\)/m);
      const bad = run(['rank', 'no-such-folder', '--lang', 'ms']);
      assert.equal(bad.status, 2);
      assert.equal(bad.stderr, 'client-friction: folder tidak dijumpai: no-such-folder\n');
      const lang = run(['rank', '--lang', 'fr'], { LANG: 'ms_MY.UTF-8' });
      assert.equal(lang.status, 2);
      assert.equal(lang.stderr, 'client-friction: --lang mestilah en atau ms, bukan "fr"\n');
      const help = run(['--help', '--lang', 'ms']);
      assert.match(help.stdout, /^penggunaan:\n {2}client-friction rank .*\[--lang en\|ms\]$/m);
    });

    it('reports an import in Malay', () => {
      const r = run(['import', 'test/fixtures/import/toggl.csv', '--into', 'examples', '--dry-run', '--lang', 'ms']);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Akan mengubah \d+ nota \(cubaan: tiada apa-apa ditulis\)\./);
    });
  });
});
