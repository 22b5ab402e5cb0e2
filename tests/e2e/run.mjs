// Runs the end-to-end tests with the built test extension, one file after the other.
//   node tests/e2e/run.mjs [name…]            Chromium: tests/e2e/*.e2e.mjs        → « e2e chromium: N passed, M failed »
//   node tests/e2e/run.mjs --firefox [name…]  Firefox:  tests/e2e/firefox/*.e2e.mjs → « e2e firefox: N passed, M failed »
// A name keeps the files whose name contains it. Each file exports `tests`: [{ name, run: async (ctx) => {} }].
// Results are written to tests/e2e/artifacts/results[-firefox].json (scripts/test.sh adds them up).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const only = args.filter((a) => !a.startsWith('--'));
const label = firefox ? 'firefox' : 'chromium';
const dir = resolve(firefox ? 'tests/e2e/firefox' : 'tests/e2e');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const artifacts = resolve('tests/e2e/artifacts');
mkdirSync(artifacts, { recursive: true });

const results = [];
const startedAll = Date.now();
for (const file of files) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  for (const t of mod.tests ?? []) {
    const started = Date.now();
    try {
      await t.run({ artifacts, name: t.name });
      results.push({ file, name: t.name, ok: true, ms: Date.now() - started });
      console.log(`  ✓ ${label} ${file} › ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      results.push({ file, name: t.name, ok: false, ms: Date.now() - started, error: String(e?.stack ?? e) });
      console.log(`  ✗ ${label} ${file} › ${t.name}\n${String(e?.stack ?? e).replace(/^/gm, '      ')}`);
    }
  }
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeFileSync(
  join(artifacts, firefox ? 'results-firefox.json' : 'results.json'),
  JSON.stringify({ browser: label, passed, failed, results }, null, 2),
);
console.log(
  `e2e ${label}: ${passed} passed, ${failed} failed (${Math.round((Date.now() - startedAll) / 1000)} s)`,
);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
