// `npm run bench`: speed and size figures of the extension in real Chromium. Prints a table, writes
// bench-output/bench.json. Budgets (README): scan + match 150 fields < 16 ms, 2 000 fields < 100 ms;
// keystroke handler p95 < 2 ms; typing time ratio with / without the extension < 1.10;
// content script < 60 kB gzip.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchWithExtension } from '../tests/e2e/browser.mjs';
import { bundleSizes } from './bench/bundles.mjs';
import { startGeneratedServer } from './bench/generated-page.mjs';
import { buildMatcherBundle } from './bench/matcher-bundle.mjs';
import { groupRatio, keystrokeTiming, scanTimings, typingComparison } from './bench/measure.mjs';
import { prefillTiming, reconstructionPage } from './bench/pages.mjs';
import { round } from './bench/stats.mjs';
import { startPlatform } from './platform-server.mjs';

const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
execSync('npx wxt build', quiet);
execSync('npx wxt build --mode test', quiet);
mkdirSync('bench-output', { recursive: true });
const matcher = await buildMatcherBundle();
const platform = await startPlatform({ port: 0 });
const generated = await startGeneratedServer(2000);
const withExt = await launchWithExtension();
const without = await launchWithExtension({ extensionDir: null });
// The typing comparison's second browser on each side, launched once the scans are timed.
let withTwin = null;
let control = null;
const figures = {};
try {
  const page = await reconstructionPage(withExt.context, platform.url, 150, matcher);
  const bare = await without.context.newPage();
  await bare.goto(generated.url);
  const scans = await scanTimings(
    { scan2000: { page: bare, perRound: 3 }, scan150: { page, perRound: 5 } },
    matcher,
  );
  figures.scan150 = scans.scan150;
  figures.scan2000 = scans.scan2000;
  figures.calibration = scans.calibration;
  await page.close();
  await bare.close();

  const big = await withExt.context.newPage();
  await big.goto(generated.url);
  await big.waitForSelector('textarea[data-certifill-field]', { timeout: 15_000 });
  const target = 'textarea[data-certifill-field]';
  figures.keystroke = await keystrokeTiming(big, target);
  const bareBig = await without.context.newPage();
  await bareBig.goto(generated.url);
  figures.keystrokeBaseline = await keystrokeTiming(bareBig, target.replace('[data-certifill-field]', ''));

  withTwin = await launchWithExtension();
  control = await launchWithExtension({ extensionDir: null });
  const browsers = { with: withExt, withTwin, without, control };
  const openTyping = async (side) => {
    const p = await browsers[side].context.newPage();
    await p.goto(generated.url);
    if (side === 'with' || side === 'withTwin') await p.waitForSelector(target, { timeout: 15_000 });
    return p;
  };
  // Typing starts in new pages on every side alike.
  await big.close();
  await bareBig.close();
  const chunk = 'Concevoir et déployer une infrastructure réseau. ';
  const rounds = 100;
  const times = await typingComparison(openTyping, Object.keys(browsers), '#gen-1', chunk, rounds);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  figures.typing = {
    chars: chunk.length,
    rounds,
    withMs: round(sum(times.with) + sum(times.withTwin)),
    withoutMs: round(sum(times.without) + sum(times.control)),
    ratio: round(groupRatio([times.with, times.withTwin], [times.without, times.control]), 3),
    // Twins: how far two identical browsers differ in this run, on each side.
    controlRatio: round(groupRatio([times.control], [times.without]), 3),
    twinRatio: round(groupRatio([times.withTwin], [times.with]), 3),
    times,
  };
  figures.prefill = await prefillTiming(withExt, platform.url);
} finally {
  await withExt.close();
  await without.close();
  await withTwin?.close();
  await control?.close();
  await platform.close();
  generated.close();
}
figures.bundles = bundleSizes();
const content = figures.bundles.find((b) => b.file.startsWith('content-scripts/'));

const rows = [
  [
    'Machine speed (reference workload, between scans)',
    '60 000 chaînes',
    `${figures.calibration.median} ms`,
    '— (plus bas = plus rapide)',
  ],
  [
    'Scan + match, reconstruction page',
    `${figures.scan150.controls} champs`,
    `${figures.scan150.median} ms (p95 ${figures.scan150.p95} ; premier scan ${figures.scan150.first})`,
    '< 16 ms',
  ],
  [
    'Scan + match, generated page',
    `${figures.scan2000.controls} champs`,
    `${figures.scan2000.median} ms (p95 ${figures.scan2000.p95} ; premier scan ${figures.scan2000.first})`,
    '< 100 ms',
  ],
  [
    'Keystroke handler (input dispatch)',
    `${figures.keystroke.count} frappes`,
    `médiane ${figures.keystroke.median} ms, p95 ${figures.keystroke.p95} ms (sans extension p95 ${figures.keystrokeBaseline.p95} ms)`,
    'p95 < 2 ms',
  ],
  [
    'Typing time with / without',
    `${figures.typing.chars} caractères × ${figures.typing.rounds} × 2 navigateurs par côté`,
    `${figures.typing.withMs} / ${figures.typing.withoutMs} ms ; rapport médian par manche ${figures.typing.ratio} (jumeaux : sans extension ${figures.typing.controlRatio}, avec ${figures.typing.twinRatio})`,
    '< 1.10',
  ],
  [
    'Pre-fill of a full dossier',
    `${figures.prefill.fields} champs`,
    `${figures.prefill.ms} ms (aperçu ${figures.prefill.previewMs} ms ; dans la page ${figures.prefill.inPageMs} ms)`,
    '—',
  ],
  ...figures.bundles
    .filter((b) => b.file.endsWith('.js'))
    .map((b) => [
      `Bundle ${b.file}`,
      `${round(b.raw / 1024, 1)} kB`,
      `${round(b.gzip / 1024, 1)} kB gzip`,
      b === content ? '< 60 kB gzip' : '—',
    ]),
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  │  '));
const verdict = {
  scan150: figures.scan150.median < 16,
  scan2000: figures.scan2000.median < 100,
  keystrokeP95: figures.keystroke.p95 < 2,
  typingRatio: figures.typing.ratio < 1.1,
  contentGzip: (content?.gzip ?? Infinity) < 60 * 1024,
};
console.log(
  '\nBudgets:',
  Object.entries(verdict)
    .map(([k, ok]) => `${k} ${ok ? 'OK' : 'DÉPASSÉ'}`)
    .join(', '),
);
writeFileSync(
  'bench-output/bench.json',
  JSON.stringify({ date: new Date().toISOString(), figures, verdict }, null, 2),
);
console.log('bench-output/bench.json written');
