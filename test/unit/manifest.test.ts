/**
 * package.json against the code: the commands, settings, menus, welcome links
 * and `when` clauses it contributes name what src/ registers, reads and sets;
 * the tag and signal lists it repeats are the core's.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_SETTINGS, resolveSettings, SIGNAL_IDS } from '../../src/core/settings';
import { KNOWN_TAGS, TAG_DEFINITIONS } from '../../src/core/tags';
import { Commands, ContextKeys, SECTION, SettingKeys, VIEW_ID } from '../../src/vscode/settingKeys';
import { repoRoot } from './helpers';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; contents: string; when?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { properties: Record<string, { properties?: Record<string, unknown>; default?: unknown; additionalProperties?: { enum?: string[] } }> };
    snippets: { path: string }[];
  };
}

const root = repoRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const contributes = manifest.contributes;

/** Every TypeScript file under src/, by its path from the repository root. */
function sources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) out.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(join(root, 'src'));
  return out;
}

const SOURCES = sources();
const KEYS_FILE = 'src/vscode/settingKeys.ts';
const COMMANDS_FILE = 'src/vscode/commands.ts';

/** The names `Object.X` that the source uses outside the file that defines them (e.g. `Commands.refresh` → refresh). */
function usedMembers(object: string, pattern = `${object}\\.(\\w+)`): Set<string> {
  const found = new Set<string>();
  for (const [file, text] of SOURCES) {
    if (file === KEYS_FILE) continue;
    for (const m of text.matchAll(new RegExp(pattern, 'g'))) found.add(m[1]);
  }
  return found;
}

const sorted = (values: Iterable<string>) => [...values].sort();
const NLS = {
  en: JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>,
  ms: JSON.parse(readFileSync(join(root, 'package.nls.ms.json'), 'utf8')) as Record<string, string>,
};
/** A manifest string as VS Code shows it: `%key%` replaced from the nls file. */
const localized = (text: string, nls: Record<string, string>) => text.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);
const contributedCommands = new Set(contributes.commands.map((c) => c.command));
const weightsDefault = () => contributes.configuration.properties[`${SECTION}.weights`].default;
/** Commands of VS Code itself that the manifest may link to. */
const BUILT_IN_COMMANDS = new Set(['workbench.action.files.openFolder']);
/** Context keys VS Code sets. */
const BUILT_IN_CONTEXT = new Set(['view', 'viewItem', 'workspaceFolderCount', 'resourceLangId', 'editorLangId', 'true', 'false']);

describe('package.json against the code (manifest)', () => {
  it('contributes exactly the commands src/ registers, each id written once in settingKeys.ts', () => {
    const registered = sorted([...usedMembers('Commands', 'id: Commands\\.(\\w+)')].map((k) => Commands[k as keyof typeof Commands]));
    assert.deepEqual(registered, sorted(Object.values(Commands)), 'every id in Commands is registered with `id: Commands.…`');
    assert.deepEqual(sorted(contributedCommands), registered);
    for (const [file, text] of SOURCES) {
      if (file !== COMMANDS_FILE) assert.doesNotMatch(text, /registerCommand\(|'setContext'/, `${file}: commands and context keys go through src/vscode/commands.ts`);
      if (file === KEYS_FILE) continue;
      for (const id of contributedCommands) assert.ok(!text.includes(`'${id}'`), `${file} spells out '${id}': use Commands`);
    }
  });

  it('declares exactly the settings src/ reads', () => {
    const declared = Object.keys(contributes.configuration.properties);
    assert.deepEqual(sorted(declared), sorted(Object.values(SettingKeys).map((k) => `${SECTION}.${k}`)));
    assert.deepEqual(sorted(usedMembers('SettingKeys')), sorted(Object.keys(SettingKeys)), 'every SettingKeys entry is read');
  });

  it('names existing commands in its menus and welcome links, and its own view', () => {
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items) assert.ok(contributedCommands.has(item.command), `${menu}: ${item.command}`);
    }
    for (const welcome of contributes.viewsWelcome) {
      assert.equal(welcome.view, VIEW_ID);
      // The contents are in package.nls.json and its translations: each language links the same commands.
      const linksIn = (nls: Record<string, string>) => [...localized(welcome.contents, nls).matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      const links = linksIn(NLS.en);
      assert.ok(links.length > 0);
      assert.deepEqual(linksIn(NLS.ms), links, welcome.contents);
      for (const id of links) assert.ok(contributedCommands.has(id) || BUILT_IN_COMMANDS.has(id), `viewsWelcome links to ${id}`);
    }
    assert.deepEqual(Object.values(contributes.views).flat().map((v) => v.id), [VIEW_ID]);
  });

  it('writes `when` clauses with context keys the code sets (or VS Code sets)', () => {
    const set = new Set<string>([...usedMembers('ContextKeys', 'setContext\\(ContextKeys\\.(\\w+)')].map((k) => ContextKeys[k as keyof typeof ContextKeys]));
    assert.deepEqual(sorted(set), sorted(Object.values(ContextKeys)), 'every ContextKeys entry is set with setContext');
    const clauses = [...Object.values(contributes.menus).flat(), ...contributes.viewsWelcome].flatMap((x) => (x.when ? [x.when] : []));
    assert.ok(clauses.length > 10);
    for (const when of clauses) {
      for (const term of when.split(/&&|\|\|/)) {
        const m = /^\s*!?\s*([\w.]+)\s*(?:(==|=~|>|<)\s*(.+?))?\s*$/.exec(term);
        assert.ok(m, `a term of "${when}"`);
        const [, key, op, value] = m;
        assert.ok(BUILT_IN_CONTEXT.has(key) || set.has(key), `"${when}": ${key} is set by the code or by VS Code`);
        if (key === 'view') assert.equal(value, VIEW_ID, when);
        if (key === 'viewItem') assert.equal(op, '=~', when);
      }
    }
  });

  it('offers exactly the known tags as tagSynonyms values', () => {
    assert.deepEqual(contributes.configuration.properties[`${SECTION}.tagSynonyms`].additionalProperties?.enum, [...KNOWN_TAGS]);
  });

  it('has a weight for exactly the signals', () => {
    const weights = contributes.configuration.properties[`${SECTION}.weights`];
    assert.deepEqual(Object.keys(weights.properties ?? {}), [...SIGNAL_IDS]);
    assert.deepEqual(Object.keys(weights.default as object), [...SIGNAL_IDS]);
  });

  it('declares the reply window, the flag window and the concentration share with the core\'s defaults', () => {
    const p = contributes.configuration.properties;
    assert.deepEqual(weightsDefault(), { ...DEFAULT_SETTINGS.weights });
    assert.equal(p[`${SECTION}.replyDays`].default, DEFAULT_SETTINGS.replyDays);
    assert.equal(p[`${SECTION}.flagDays`].default, DEFAULT_SETTINGS.flagDays);
    assert.equal(p[`${SECTION}.concentrationPercent`].default, DEFAULT_SETTINGS.concentrationShare * 100);
    const { settings, problems } = resolveSettings({ replyDays: 10, flagDays: 90, concentrationPercent: 25 });
    assert.deepEqual(problems, []);
    assert.deepEqual([settings.replyDays, settings.flagDays, settings.concentrationShare], [10, 90, 0.25]);
    const bad = resolveSettings({ replyDays: -1, flagDays: 'soon', concentrationPercent: 140 });
    assert.equal(bad.problems.length, 3);
    assert.deepEqual([bad.settings.replyDays, bad.settings.flagDays, bad.settings.concentrationShare], [7, 180, 0.4]);
  });

  it('styles the preview chip of every tag (media/preview.css)', () => {
    const css = readFileSync(join(root, 'media', 'preview.css'), 'utf8');
    for (const d of TAG_DEFINITIONS) assert.match(css, new RegExp(`\\.cf-tag-${d.chip} \\{`), `#${d.tag}: .cf-tag-${d.chip}`);
  });

  it('offers exactly the known tags in the snippets', () => {
    const [{ path }] = contributes.snippets;
    const snippets = JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, { body: string | string[] }>;
    const bodies = Object.values(snippets).map((s) => (Array.isArray(s.body) ? s.body.join('\n') : s.body));
    const tagChoices = bodies.flatMap((b) => [...b.matchAll(/\$\{\d+\|([^|]*#[^|]*)\|\}/g)].map((m) => m[1].split(',').filter(Boolean)));
    assert.ok(tagChoices.length >= 2, 'cf-log and cf-work offer a tag choice');
    for (const choice of tagChoices) assert.deepEqual(choice, KNOWN_TAGS.map((t) => `#${t}`));
  });
});

describe('the packaged extension (.vscodeignore)', () => {
  it('leaves out everything but what the extension needs: no .vscode/, sources or tests', () => {
    const lines = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    assert.ok(lines.includes('**'), 'everything is excluded first');
    const kept = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    for (const path of kept) assert.doesNotMatch(path, /^(\.vscode|src|test|scripts|out)\b/, path);
  });
});
