/**
 * `client-friction rank [FOLDER ...] [--as-of YYYY-MM-DD] [--json] [--glob GLOB] [--cache DIR]
 * [--settings FILE | --no-settings]` (the CLI contract, ../shared/spec/cli.md). With `--cache DIR`, the summaries
 * are kept in DIR between runs, and a run reads only the notes that changed
 * (src/core/rank/summaryCache.ts).
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { catalogue } from '../core/l10n';
import { Band, Language } from '../core/settings';
import { CliIo, parseFlags } from './io';
import { rankReport, rankTable } from './report';
import { displayFolder } from './scan';
import { SETTINGS_FLAGS } from './settings';
import { indexWorkspace, scanWorkspace } from './workspace';

export async function rankCommand(argv: string[], io: CliIo, language: Language): Promise<number> {
  const l10n = catalogue(language);
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', 'home-currency': 'string', json: 'boolean', glob: 'string', cache: 'string', ...SETTINGS_FLAGS }, l10n);
  // The table's signal details and evidence in its language; the JSON
  // document is the same in every language (../shared/spec/cli.md), in English.
  const scanned = scanWorkspace(positionals, values, io, values.json ? 'en' : language, l10n);
  const { folders, asOf } = scanned;
  // Each group of folders that share settings and day is one index (and one
  // cache, of its folders and notes glob); a single group is the usual case.
  const { portfolio } = await indexWorkspace(scanned, values.cache === undefined ? undefined : resolve(io.cwd, values.cache));

  if (values.json) {
    io.stdout(`${JSON.stringify(rankReport(portfolio, asOf), null, 2)}\n`);
  } else {
    const color = io.isTTY && !io.env.NO_COLOR;
    io.stdout(
      rankTable(portfolio, asOf, {
        width: io.isTTY ? io.columns : undefined,
        colorBand: color ? colorBand : undefined,
        scanned: folders.map((f) => displayFolder(f, io.cwd, io.env.HOME ?? homedir())).join(', '),
        concentrationShare: scanned.groups[0].settings.concentrationShare,
        l10n,
      }),
    );
  }
  return 0;
}

const BAND_COLORS: Record<Band, string> = { calm: '32', watch: '33', strained: '35', fire: '31' };

function colorBand(band: Band, text: string): string {
  return `\u001b[${BAND_COLORS[band]}m${text}\u001b[0m`;
}
