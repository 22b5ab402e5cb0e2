// `node scripts/bench/ab-scan.mjs [base-ref] [rounds]`: compares the field matcher of the working
// tree with the one at `base-ref` (default HEAD) in real Chromium. On every saved reconstruction
// page, every test markup, the benchmark's 150-field fiche and its 2 000-field page, both give the
// same results (paths, decisions, confidences, candidates, limits, signatures), or the script says
// where they differ and exits 1. It then times the two in alternation on the two benchmark pages,
// in the same page, and prints the ratio new / old: a change's speed-up measured free of the
// machine's drift, which moves absolute figures by 2x from one minute to the next.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../../tests/e2e/browser.mjs';
import { startPlatform } from '../platform-server.mjs';
import { startGeneratedServer } from './generated-page.mjs';
import { buildMatcherBundle } from './matcher-bundle.mjs';
import { reconstructionPage } from './pages.mjs';
import { median } from './stats.mjs';

// Output piped into `head` must not kill the script before it removes its worktree.
process.stdout.on('error', () => undefined);
const base = process.argv[2] ?? 'HEAD';
const rounds = Number(process.argv[3] ?? 30);
const work = mkdtempSync(join(tmpdir(), 'certifill-ab-'));
const tree = join(work, 'base');
execSync(`git worktree add --detach ${tree} ${base}`, { stdio: 'ignore' });
for (const dir of ['node_modules', '.wxt']) symlinkSync(resolve(dir), join(tree, dir));
const oldPath = await buildMatcherBundle(join(work, 'old'), { root: tree, global: '__abOld' });
const newPath = await buildMatcherBundle(join(work, 'new'));

/** Scan results in a comparable form (elements by their position in the document). */
function resultsIn(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const at = (el) => all.indexOf(el);
    const plain = (fields) =>
      JSON.stringify(
        fields.map(({ element, radios, ...rest }) => ({ at: at(element), radios: radios?.map(at), ...rest })),
      );
    const first = globalThis.__abOld.scanRoot(document);
    // Taught mappings too: every third field taught (a runner-up's path, its group id, « none »),
    // some for another path or host, which must not apply.
    const where = { host: location.host, pathname: location.pathname };
    const taught = first
      .filter((_, i) => i % 3 === 0)
      .map((f, i) => ({
        signature: f.signature,
        host: i % 7 === 6 ? 'ailleurs.example' : where.host,
        pathPattern: i % 5 === 4 ? '/autre/page' : where.pathname,
        fieldPath: [f.candidates[1]?.path, f.candidates[0]?.fieldId, 'none'][i % 3] ?? 'none',
      }));
    const opts = { taught, location: where };
    return [
      plain(first),
      plain(globalThis.__certifillBench.scanRoot(document)),
      plain(globalThis.__abOld.scanRoot(document, opts)),
      plain(globalThis.__certifillBench.scanRoot(document, opts)),
    ];
  });
}

async function inject(page) {
  await page.addScriptTag({ path: oldPath });
  await page.addScriptTag({ path: newPath });
}

const platform = await startPlatform({ port: 0 });
const generated = await startGeneratedServer(2000);
const browser = await launchWithExtension({ extensionDir: null });
let differing = 0;
let fields = 0;
let taughtFields = 0;
const compare = async (name, page) => {
  const [a, b, taughtA, taughtB] = await resultsIn(page);
  fields += JSON.parse(a).length;
  taughtFields += JSON.parse(taughtA).filter(
    (f) => f.decision === 'taught' || f.decision === 'ignored',
  ).length;
  if (a === b && taughtA === taughtB) return;
  if (a === b) return report(`${name}, taught mappings`, taughtA, taughtB);
  report(name, a, b);
};
const report = (name, a, b) => {
  differing++;
  const [x, y] = [JSON.parse(a), JSON.parse(b)];
  const i = x.findIndex((f, k) => JSON.stringify(f) !== JSON.stringify(y[k]));
  console.log(`DIFFERENT ${name} (${x.length} / ${y.length} fields), first at ${i}:`);
  console.log(' old', JSON.stringify(x[i]));
  console.log(' new', JSON.stringify(y[i]));
};
try {
  const pages = JSON.parse(readFileSync('tests/fixtures/pages/index.json', 'utf8'));
  const page = await browser.context.newPage();
  for (const p of pages) {
    await page.goto(new URL(p.path, platform.url).href);
    await page.waitForFunction(() => window.__certifproRoute === location.pathname);
    await inject(page);
    await compare(p.name, page);
  }
  for (const file of readdirSync('tests/fixtures/markups')) {
    await page.setContent(readFileSync(join('tests/fixtures/markups', file), 'utf8'));
    await inject(page);
    await compare(file, page);
  }
  await page.close();
  const fiche = await reconstructionPage(browser.context, platform.url, 150, newPath);
  await fiche.addScriptTag({ path: oldPath });
  const big = await browser.context.newPage();
  await big.goto(generated.url);
  await inject(big);
  await compare('fiche (150 fields)', fiche);
  await compare('generated (2 000 fields)', big);
  console.log(
    `${pages.length} pages, the markups and 2 benchmark pages (${fields} fields, ${taughtFields} decided by a taught mapping in the second pass): ${differing} differ`,
  );

  for (const [name, target, perRound] of [
    ['fiche', fiche, 5],
    ['generated', big, 2],
  ]) {
    const times = await target.evaluate(
      ({ rounds, perRound }) => {
        const out = { old: [], new: [] };
        const time = (m) => {
          const t0 = performance.now();
          m.scanRoot(document);
          return performance.now() - t0;
        };
        for (let i = 0; i < 3; i++) time(globalThis.__abOld) + time(globalThis.__certifillBench);
        for (let r = 0; r < rounds; r++)
          for (let k = 0; k < perRound; k++) {
            const first = (r + k) % 2 === 0;
            out[first ? 'old' : 'new'].push(time(first ? globalThis.__abOld : globalThis.__certifillBench));
            out[first ? 'new' : 'old'].push(time(first ? globalThis.__certifillBench : globalThis.__abOld));
          }
        return out;
      },
      { rounds, perRound },
    );
    const ratios = times.new.map((t, i) => t / times.old[i]);
    console.log(
      `${name}: old ${median(times.old).toFixed(2)} ms, new ${median(times.new).toFixed(2)} ms, ` +
        `median paired ratio new/old ${median(ratios).toFixed(3)} (${times.old.length} pairs)`,
    );
  }
} finally {
  await browser.close();
  await platform.close();
  generated.close();
  execSync(`git worktree remove --force ${tree}`, { stdio: 'ignore' });
  if (existsSync(work)) rmSync(work, { recursive: true, force: true });
}
process.exit(differing ? 1 : 0);
