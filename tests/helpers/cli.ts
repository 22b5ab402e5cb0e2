import { type SpawnSyncOptionsWithStringEncoding, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll } from 'vitest';

const root = resolve(__dirname, '../..');

type RunOptions = Omit<SpawnSyncOptionsWithStringEncoding, 'encoding' | 'cwd'>;

/**
 * Runs a CLI of scripts/ (`link-comments`, `readiness`, `import-fiche`) in a child process, as a user
 * would, from the project's root. The script is compiled once per test file with esbuild (the compiler
 * tsx runs) into one file beside node_modules, so each run starts plain Node: about 1.2 s of CPU instead of
 * 3.5 s through tsx (its second process and per-file transforms), on 30-odd runs. `viaNpmScript` runs it
 * the way `npm run <cli>` does (`tsx scripts/<cli>.ts`): each CLI's tests check once that both agree.
 */
export function cliRunner(script: string) {
  const source = resolve(root, 'scripts', `${script}.ts`);
  let bundle: string | null = null;
  const compiled = () => {
    if (bundle) return bundle;
    // Inside the project, so that the packages left out of the bundle resolve from node_modules.
    const dir = join(root, 'node_modules/.cache/certifill-cli');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${script}-${process.pid}-${Date.now()}.mjs`);
    buildSync({
      entryPoints: [source],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'error',
    });
    bundle = file;
    return file;
  };
  afterAll(() => {
    if (bundle) rmSync(bundle, { force: true });
  });
  const spawn = (command: string, args: string[], options: RunOptions) =>
    spawnSync(command, args, { maxBuffer: 64 << 20, ...options, encoding: 'utf8', cwd: root });
  return {
    run: (args: string[], options: RunOptions = {}) =>
      spawn(process.execPath, [compiled(), ...args], options),
    viaNpmScript: (args: string[], options: RunOptions = {}) =>
      spawn(resolve(root, 'node_modules/.bin/tsx'), [source, ...args], options),
  };
}
