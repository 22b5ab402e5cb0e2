import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** What a CLI of scripts/ reads and writes: the process's own streams, or a test's. */
export interface CliIo {
  /** The whole standard input, read when the CLI asks for it. */
  readonly stdin: () => string;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** A CLI: its arguments (without `node script`) and streams in, its exit code out. */
export type Cli = (argv: readonly string[], io: CliIo) => number | Promise<number>;

/** Ends a CLI with an exit code, as `process.exit` did, but can be caught: tests run the CLIs in-process. */
export class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit code ${code}`);
  }
}

/** Runs `cli` and gives its exit code, whether it returned or ended with `CliExit`. */
export async function exitCodeOf(cli: Cli, argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await cli(argv, io);
  } catch (error) {
    if (error instanceof CliExit) return error.code;
    throw error;
  }
}

/** Runs `cli` as the process: its arguments and streams; on a failure the process exits at once. */
export async function runCli(cli: Cli): Promise<void> {
  const code = await exitCodeOf(cli, process.argv.slice(2), {
    stdin: () => readFileSync(0, 'utf8'),
    stdout: process.stdout,
    stderr: process.stderr,
  });
  if (code !== 0) process.exit(code);
}
