/**
 * `client-friction`: the terminal front door over the same core as the
 * sidebar (the CLI contract, shared/spec/cli.md). This file only dispatches;
 * each command is a module of src/cli/. Exit 0 when the scan ran, 2 for bad
 * usage, 1 for anything unexpected.
 */
import { version } from '../package.json';
import { CliIo, UsageError } from './cli/io';
import { importCommand } from './cli/import';
import { offboardCommand } from './cli/offboard';
import { rankCommand } from './cli/rank';
import { reportCommand } from './cli/reportCommand';

const USAGE = `usage:
  client-friction rank [FOLDER ...] [--as-of YYYY-MM-DD] [--json] [--glob GLOB] [--cache DIR]
  client-friction offboard NOTE [--as-of YYYY-MM-DD] [--lang en|ms]
  client-friction import FILE... [--into FOLDER] [--dry-run] [--json] [--format NAME] [--date-order mdy|dmy]
  client-friction report [FOLDER ...] [--as-of YYYY-MM-DD] [--out FILE.html] [--md] [--glob GLOB]
  client-friction --help | --version`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  rank: rankCommand,
  offboard: offboardCommand,
  import: importCommand,
  report: reportCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('a command is required (rank, offboard, import or report)');
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (Object.hasOwn(COMMANDS, command)) return await COMMANDS[command](rest, io);
    throw new UsageError(`unknown command "${command}" (expected rank, offboard, import or report)`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`client-friction: ${err.message}\n`);
      return 2;
    }
    io.stderr(`client-friction: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    env: process.env,
    now: () => new Date(),
  }).then((code) => {
    process.exitCode = code;
  });
}
