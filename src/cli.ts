/**
 * `client-friction`: the terminal front door over the same core as the
 * sidebar (the CLI contract, ../shared/spec/cli.md). This file only dispatches;
 * each command is a module of src/cli/. Exit 0 when the scan ran, 2 for bad
 * usage, 1 for anything unexpected.
 */
import { version } from '../package.json';
import { catalogue, L10n } from './core/l10n';
import { Language } from './core/settings';
import { cliLanguage, CliIo, UsageError } from './cli/io';
import { importCommand } from './cli/import';
import { offboardCommand } from './cli/offboard';
import { rankCommand } from './cli/rank';
import { reportCommand } from './cli/reportCommand';
import { examplesCommand } from './cli/examples';
import { calendarCommand } from './cli/calendar';

const SYNOPSIS = `  client-friction rank [FOLDER ...] [--as-of YYYY-MM-DD] [--home-currency CODE] [--json] [--glob GLOB] [--cache DIR] [--lang en|ms]
  client-friction offboard NOTE [--as-of YYYY-MM-DD] [--lang en|ms]
  client-friction import FILE... [--into FOLDER] [--dry-run] [--json] [--format NAME] [--date-order mdy|dmy] [--lang en|ms]
  client-friction report [FOLDER ...] [--as-of YYYY-MM-DD] [--home-currency CODE] [--out FILE.html] [--md] [--glob GLOB] [--lang en|ms]
  client-friction calendar [FOLDER ...] [--as-of YYYY-MM-DD] [--out FILE.ics] [--glob GLOB] [--lang en|ms]
  client-friction examples FOLDER
  client-friction --help | --version`;

function usage(l10n: L10n): string {
  return `${l10n.t('usage:')}\n${SYNOPSIS}\n${l10n.t('rank, offboard, import, report and calendar read the clientFriction settings of each folder\'s .vscode/settings.json, as VS Code does; --settings FILE reads another file, --no-settings none.')}\n${l10n.t('Without --lang, the language follows LC_ALL, LC_MESSAGES or LANG (ms… for Malay, else English).')}\n`;
}

/** A command: its arguments, the terminal, and the language of its words (`--lang`, else the locale). */
export type CliCommand = (argv: string[], io: CliIo, language: Language) => Promise<number>;

const COMMANDS: Record<string, CliCommand> = {
  rank: rankCommand,
  offboard: offboardCommand,
  import: importCommand,
  report: reportCommand,
  calendar: calendarCommand,
  examples: examplesCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const language = cliLanguage(argv, io.env);
    const l10n = catalogue(language);
    // `client-friction --lang ms rank`: the language may come before the command.
    const args = [...argv];
    while (args[0] === '--lang' || args[0]?.startsWith('--lang=')) args.splice(0, args[0] === '--lang' ? 2 : 1);
    const [command, ...rest] = args;
    if (command === undefined) throw new UsageError(l10n.t('a command is required (rank, offboard, import, report, calendar or examples)'));
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(usage(l10n));
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (Object.hasOwn(COMMANDS, command)) return await COMMANDS[command](rest, io, language);
    throw new UsageError(l10n.t('unknown command "{0}" (expected rank, offboard, import, report, calendar or examples)', command));
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`client-friction: ${err.message}\n`);
      return 2;
    }
    io.stderr(`client-friction: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

/**
 * Writes to one of the process's streams. A reader that has gone
 * (`client-friction rank | head`) is not an error: the rest of the output is
 * dropped and the command still finishes (a `--cache` is still written).
 * Output that cannot be written for another reason (a full disk) is said
 * once on stderr, and the exit status becomes 1.
 */
function streamWriter(stream: NodeJS.WriteStream, failed: (code: string) => void): (text: string) => void {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (err.code !== 'EPIPE') failed(err.code ?? err.message);
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

if (require.main === module) {
  let writeFailed: string | undefined;
  const failed = (code: string) => {
    writeFailed ??= code;
  };
  const stderr = streamWriter(process.stderr, () => undefined);
  main(process.argv.slice(2), {
    stdout: streamWriter(process.stdout, failed),
    stderr,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    env: process.env,
    now: () => new Date(),
  }).then((code) => {
    // A write's error arrives after the write: a turn later, it has.
    setImmediate(() => {
      if (writeFailed !== undefined) {
        const l10n = catalogue(cliLanguage(process.argv.slice(2), process.env));
        stderr(`client-friction: ${l10n.t('the output could not be written ({0})', writeFailed)}\n`);
      }
      process.exitCode = writeFailed !== undefined && code === 0 ? 1 : code;
    });
  });
}
