// Runs every tests/e2e/*.e2e.mjs in real Chromium with the built test extension.
// Each file exports `tests`: [{ name, run: async (ctx) => {} }]. Prints `e2e: N passed, M failed`.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve('tests/e2e');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const artifacts = join(dir, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const results = [];
for (const file of files) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  for (const t of mod.tests ?? []) {
    const started = Date.now();
    try {
      await t.run({ artifacts, name: t.name });
      results.push({ file, name: t.name, ok: true, ms: Date.now() - started });
      console.log(`  ✓ ${file} › ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      results.push({ file, name: t.name, ok: false, ms: Date.now() - started, error: String(e?.stack ?? e) });
      console.log(`  ✗ ${file} › ${t.name}\n${String(e?.stack ?? e).replace(/^/gm, '      ')}`);
    }
  }
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeFileSync(join(artifacts, 'results.json'), JSON.stringify({ passed, failed, results }, null, 2));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
