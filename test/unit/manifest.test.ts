/**
 * package.json against the code: the commands, settings, menus, welcome links
 * and `when` clauses it contributes name what src/ registers, reads and sets;
 * the tag and signal lists it repeats are the core's.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CONFIGURATION_KEYS, DEFAULT_SETTINGS, resolveSettings, SIGNAL_IDS } from '../../src/core/settings';
import { KNOWN_TAGS, TAG_DEFINITIONS } from '../../src/core/tags';
import { Commands, ContextKeys, REMINDERS_VIEW_ID, SECTION, SettingKeys, VIEW_ID, WALKTHROUGH_ID } from '../../src/vscode/settingKeys';
import { listFiles, PackageManager } from '@vscode/vsce';
import { repoRoot } from './helpers';

interface Manifest {
  contributes: {
    commands: { command: string; title: string }[];
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; contents: string; when?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { properties: Record<string, { properties?: Record<string, unknown>; default?: unknown; additionalProperties?: { enum?: string[] } }> };
    snippets: { path: string }[];
    walkthroughs: Walkthrough[];
  };
}

interface Walkthrough {
  id: string;
  title: string;
  description: string;
  steps: {
    id: string;
    title: string;
    description: string;
    media: { markdown?: string; image?: string | Record<string, string>; altText?: string };
    completionEvents?: string[];
  }[];
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
/** Our views: the Clients view's Friction tree and Reminders. */
const VIEWS = [VIEW_ID, REMINDERS_VIEW_ID];
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
    const read = new Set([...Object.values(CONFIGURATION_KEYS).flat(), ...Object.values(SettingKeys)]);
    assert.deepEqual(sorted(declared), sorted([...read].map((k) => `${SECTION}.${k}`)));
    assert.deepEqual(sorted(usedMembers('SettingKeys')), sorted(Object.keys(SettingKeys)), 'every SettingKeys entry is read');
  });

  it('names existing commands in its menus and welcome links, and its own view', () => {
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items) assert.ok(contributedCommands.has(item.command), `${menu}: ${item.command}`);
    }
    for (const welcome of contributes.viewsWelcome) {
      assert.ok(VIEWS.includes(welcome.view), welcome.view);
      // The contents are in package.nls.json and its translations: each language links the same commands.
      const linksIn = (nls: Record<string, string>) => [...localized(welcome.contents, nls).matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      const links = linksIn(NLS.en);
      assert.ok(links.length > 0);
      assert.deepEqual(linksIn(NLS.ms), links, welcome.contents);
      for (const id of links) assert.ok(contributedCommands.has(id) || BUILT_IN_COMMANDS.has(id), `viewsWelcome links to ${id}`);
    }
    assert.deepEqual(Object.values(contributes.views).flat().map((v) => v.id), VIEWS);
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
        if (key === 'view') assert.ok(VIEWS.includes(value), when);
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
    // `#${4|urgent,revision,…|}`: each choice of tags offers known tags only, and all of them between them.
    const tagChoices = bodies.flatMap((b) => [...b.matchAll(/#\$\{\d+\|([^|]*)\|\}/g)].map((m) => m[1].split(',')));
    assert.ok(tagChoices.length >= 2, 'cf-log and cf-work offer a tag choice');
    for (const choice of tagChoices) for (const tag of choice) assert.ok((KNOWN_TAGS as readonly string[]).includes(tag), tag);
    assert.deepEqual([...new Set(tagChoices.flat())].sort(), [...KNOWN_TAGS].sort());
  });
});

describe('the README against package.json', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  /** The first cells of the rows of the README's table under this heading. */
  const tableUnder = (heading: string) => {
    const from = readme.indexOf(heading);
    assert.ok(from >= 0, heading);
    const section = readme.slice(from).split('\n').slice(1);
    const end = section.findIndex((l) => l.startsWith('#'));
    const rows = section.slice(0, end).filter((l) => l.startsWith('| '));
    return rows.slice(2).map((l) => l.split(' | ')[0].slice(2)); // without the header and its rule
  };

  it('lists every command in its commands table', () => {
    const listed = tableUnder('### Commands').flatMap((cell) => cell.split(', '));
    assert.deepEqual(sorted(listed), sorted(contributes.commands.map((c) => localized(c.title, NLS.en))));
  });

  it('lists every setting in its settings table', () => {
    const listed = tableUnder('### Settings').flatMap((cell) => {
      const [first, ...more] = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      // `clientFriction.workingHours.start` / `.end`
      return [first, ...more.map((m) => (m.startsWith('.') ? first.replace(/\.[^.]+$/, m) : m))];
    });
    assert.deepEqual(sorted(listed), sorted(Object.keys(contributes.configuration.properties)));
  });

  it('shows images that exist, under media/', () => {
    const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)];
    assert.ok(images.length >= 5);
    for (const [, alt, src] of images) {
      assert.ok(alt.length > 20, `${src} has a description`);
      assert.match(src, /^media\//);
      assert.ok(existsSync(join(root, src)), src);
      assert.ok(statSync(join(root, src)).size < 110 * 1024, `${src} is small (${statSync(join(root, src)).size} bytes)`);
    }
  });
});

describe('the walkthrough (contributes.walkthroughs)', () => {
  const [walkthrough, ...others] = contributes.walkthroughs;
  /** Where a command link of a step may go: our commands, or the focus command VS Code makes for our view. */
  const linkable = (id: string) => contributedCommands.has(id) || id === `${VIEW_ID}.focus`;

  it('is the one walkthrough the code opens, with the six steps of a first hour', () => {
    assert.equal(others.length, 0);
    assert.equal(walkthrough.id, WALKTHROUGH_ID);
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['openExamples', 'newClientNote', 'logInteraction', 'readScore', 'openReport', 'offboard'],
    );
    for (const nls of [NLS.en, NLS.ms]) assert.equal(new Set(walkthrough.steps.map((s) => localized(s.title, nls))).size, walkthrough.steps.length);
  });

  it('links each step to an existing command and completes it on an existing command or view', () => {
    const views = new Set(Object.values(contributes.views).flat().map((v) => v.id));
    for (const step of walkthrough.steps) {
      const linksIn = (nls: Record<string, string>) => [...localized(step.description, nls).matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      const links = linksIn(NLS.en);
      assert.equal(links.length, 1, `${step.id}: one command link`);
      assert.deepEqual(linksIn(NLS.ms), links, `${step.id}: the same link in Malay`);
      assert.ok(linkable(links[0]), `${step.id} links to ${links[0]}`);
      assert.ok(step.completionEvents?.length, `${step.id} has a completion event`);
      for (const event of step.completionEvents) {
        const m = /^(onCommand|onView):([\w.]+)$/.exec(event);
        assert.ok(m, `${step.id}: ${event}`);
        assert.ok(m[1] === 'onCommand' ? linkable(m[2]) : views.has(m[2]), `${step.id}: ${event} names an existing ${m[1] === 'onCommand' ? 'command' : 'view'}`);
      }
      // Clicking the link completes the step.
      assert.ok(step.completionEvents.includes(`onCommand:${links[0]}`), step.id);
    }
  });

  it('shows media that exist, and their images exist too', () => {
    for (const step of walkthrough.steps) {
      const files = [step.media.markdown, ...(typeof step.media.image === 'string' ? [step.media.image] : Object.values(step.media.image ?? {}))].filter((f): f is string => !!f);
      assert.ok(files.length > 0, `${step.id} has media`);
      for (const file of files) {
        assert.ok(existsSync(join(root, file)), `${step.id}: ${file}`);
        if (!file.endsWith('.md')) continue;
        const text = readFileSync(join(root, file), 'utf8');
        assert.match(text, /^# \S/, `${file} starts with a heading`);
        for (const [, src] of text.matchAll(/!\[[^\]]+\]\(([^)\s]+)\)/g)) assert.ok(existsSync(join(root, dirname(file), src)), `${file}: image ${src}`);
        for (const [, id] of text.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(linkable(id), `${file} links to ${id}`);
      }
    }
  });

  it('is opened once per machine, behind a setting the test harness turns off', () => {
    const setting = contributes.configuration.properties[`${SECTION}.${SettingKeys.showWalkthroughOnFirstRun}`];
    assert.equal(setting.default, true);
    const harness = readFileSync(join(root, 'scripts', 'vscode', 'code-server.mjs'), 'utf8');
    assert.match(harness, new RegExp(`'${SECTION}\\.${SettingKeys.showWalkthroughOnFirstRun}': false`));
    const code = SOURCES.get('src/vscode/welcome/walkthrough.ts') ?? '';
    assert.match(code, /globalState/);
    assert.match(code, /workbench\.action\.openWalkthrough/);
  });
});

describe('the packaged extension (.vscodeignore)', () => {
  it('packages what the extension loads and shows, and nothing else (vsce ls)', async function () {
    const files = new Set((await listFiles({ cwd: root, packageManager: PackageManager.None })).map((f) => f.split('\\').join('/')));
    const m = manifest as unknown as { main: string; icon: string; contributes: { viewsContainers: { activitybar: { icon: string }[] }; 'markdown.previewStyles': string[] } };
    const walkthroughMedia = contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? ''));
    const walkthroughImages = walkthroughMedia.flatMap((md) => [...readFileSync(join(root, md), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((i) => join(dirname(md), i[1]).split('\\').join('/')));
    const needed = [
      'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE',
      `${m.main.replace(/^\.\//, '')}`, 'dist/webview/report.js', m.icon,
      ...m.contributes.viewsContainers.activitybar.map((c) => c.icon),
      ...m.contributes['markdown.previewStyles'].map((f) => f.replace(/^\.\//, '')),
      ...contributes.snippets.map((sn) => sn.path.replace(/^\.\//, '')),
      ...walkthroughMedia, ...walkthroughImages,
      ...readdirSync(join(root, 'examples', 'clients')).map((f) => `examples/clients/${f}`),
      // The manifest's translations, and the messages' (the folder package.json's l10n names).
      ...readdirSync(root).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f)),
      ...readdirSync(join(root, (manifest as unknown as { l10n: string }).l10n)).map((f) => `l10n/${f}`),
    ];
    for (const file of needed) assert.ok(files.has(file), `${file} is packaged`);
    assert.deepEqual(sorted([...files].filter((f) => !needed.includes(f))), [], 'nothing else is packaged');
  });

  it('leaves out everything but what the extension needs: no .vscode/, sources or tests', () => {
    const lines = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    assert.ok(lines.includes('**'), 'everything is excluded first');
    const kept = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    for (const path of kept) assert.doesNotMatch(path, /^(\.vscode|src|test|scripts|out)\b/, path);
  });
});
