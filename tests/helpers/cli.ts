import { type SpawnSyncOptionsWithStringEncoding, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { type Cli, exitCodeOf } from '../../scripts/cli/io';

const root = resolve(__dirname, '../..');

type SpawnOptions = Omit<SpawnSyncOptionsWithStringEncoding, 'encoding' | 'cwd'>;

/** What a CLI run answers: its exit code and what it wrote, as `spawnSync` gives them. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function collector() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs a CLI of scripts/ (`link-comments`, `readiness`, `import-fiche`: `script` names its file, `cli` is its
 * function from scripts/cli/). `run` calls the function in this process with the arguments, standard input and
 * output streams a user's run would have (about 1.2 s of CPU less than starting Node for each case);
 * `viaNpmScript` runs it as `npm run <cli>` does (`tsx scripts/<cli>.ts`, in a child process, from the project's
 * root): each CLI's tests check once that both answer the same, exit code included.
 */
export function cliRunner(script: string, cli: Cli) {
  const source = resolve(root, 'scripts', `${script}.ts`);
  return {
    run: async (args: string[], options: { input?: string } = {}): Promise<CliResult> => {
      const stdout = collector();
      const stderr = collector();
      const status = await exitCodeOf(cli, args, {
        stdin: () => options.input ?? '',
        stdout: stdout.stream,
        stderr: stderr.stream,
      });
      return { status, stdout: stdout.text(), stderr: stderr.text() };
    },
    viaNpmScript: (args: string[], options: SpawnOptions = {}): CliResult =>
      spawnSync(resolve(root, 'node_modules/.bin/tsx'), [source, ...args], {
        maxBuffer: 64 << 20,
        ...options,
        encoding: 'utf8',
        cwd: root,
      }),
  };
}
