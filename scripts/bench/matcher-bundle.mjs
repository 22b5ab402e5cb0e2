// Bundles the field matcher (utils/matching/scan.ts) as one script the benchmark injects into pages,
// so scan + match is timed in real Chromium on the real code. `root`: another checkout of the
// project (ab-scan.mjs compares two versions); `global`: the name the script defines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

export async function buildMatcherBundle(
  outDir = resolve('bench-output'),
  { root = resolve('.'), global = '__certifillBench' } = {},
) {
  mkdirSync(outDir, { recursive: true });
  const entry = resolve(outDir, 'matcher-entry.ts');
  writeFileSync(
    entry,
    `import { scanRoot } from '@/utils/matching/scan';\n(globalThis as any).${global} = { scanRoot };\n`,
  );
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': root } },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'CertifillBenchMatcher', fileName: () => 'matcher.js' },
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  });
  return resolve(outDir, 'matcher.js');
}
