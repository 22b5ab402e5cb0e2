// Runs the end-to-end tests with the built test extensions.
//   node tests/e2e/run.mjs [name…]            Chromium: tests/e2e/*.e2e.mjs        → « e2e chromium: N passed, M failed »
//   node tests/e2e/run.mjs --firefox [name…]  Firefox:  tests/e2e/firefox/*.e2e.mjs → « e2e firefox: N passed, M failed »
//   node tests/e2e/run.mjs --both [name…]     both, one summary line per browser
//   --jobs N (or E2E_JOBS=N): N tests at once, each in its own process and browser (default 1: one
//   test after the other, in this process). Tests start longest first (durations of the last run), so
//   that one long file no longer holds the run: its tests spread over the workers.
//   --save-durations: writes the durations of this run to tests/e2e/durations.json (the order of a clean clone).
//   --retries N (or E2E_RETRIES=N, default 1): a failed test runs again, up to N times, in a fresh
//   browser. One that then passes counts as passed and is reported as flaky with its first error
//   (a loaded 2-core machine can push one wait past its limit); one that fails every time counts as failed.
// A name keeps the files whose name contains it. Each file exports `tests`: [{ name, run: async (ctx) => {} }].
// Results are written to tests/e2e/artifacts/results[-firefox].json (scripts/test.sh adds them up).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const flagArg = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const jobs = Math.max(1, Number(flagArg('--jobs') ?? process.env.E2E_JOBS ?? 1) || 1);
const retries = Math.max(0, Number(flagArg('--retries') ?? process.env.E2E_RETRIES ?? 1) || 0);
const worker = flagArg('--worker'); // internal: `<browser>:<file>#<test index>`, run by a parent with --jobs
const flagValues = new Set([flagArg('--jobs'), flagArg('--worker'), flagArg('--retries')].filter(Boolean));
const only = args.filter((a) => !a.startsWith('--') && !flagValues.has(a));
const browsers = args.includes('--both')
  ? ['chromium', 'firefox']
  : args.includes('--firefox')
    ? ['firefox']
    : ['chromium'];
const artifacts = resolve('tests/e2e/artifacts');
mkdirSync(artifacts, { recursive: true });

const dirOf = (browser) => resolve(browser === 'firefox' ? 'tests/e2e/firefox' : 'tests/e2e');
const resultsFile = (browser) =>
  join(artifacts, browser === 'firefox' ? 'results-firefox.json' : 'results.json');

function filesOf(browser) {
  return readdirSync(dirOf(browser))
    .filter((f) => f.endsWith('.e2e.mjs'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
}

const load = (browser, file) => import(pathToFileURL(join(dirOf(browser), file)).href);

/** Every test of the selected files, in file order then each file's own order (imported, nothing runs). */
async function testsOf(browser) {
  const list = [];
  for (const file of filesOf(browser)) {
    const { tests = [] } = await load(browser, file);
    for (const [index, t] of tests.entries()) list.push({ browser, file, index, name: t.name });
  }
  return list;
}
const keyOf = (r) => `${r.file} › ${r.name}`;

/** Runs the tests of one file (or only its test number `index`) in this process; resolves with their results. */
async function runFile(browser, file, index) {
  const mod = await load(browser, file);
  const results = [];
  for (const t of index === undefined ? (mod.tests ?? []) : [mod.tests[index]]) {
    const started = Date.now();
    try {
      await t.run({ artifacts, name: t.name });
      results.push({ file, name: t.name, ok: true, ms: Date.now() - started });
      console.log(`  ✓ ${browser} ${file} › ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      results.push({ file, name: t.name, ok: false, ms: Date.now() - started, error: String(e?.stack ?? e) });
      console.log(`  ✗ ${browser} ${file} › ${t.name}\n${String(e?.stack ?? e).replace(/^/gm, '      ')}`);
    }
  }
  return results;
}

/** Milliseconds each test took on a loaded run, committed (`--save-durations` refreshes it): a clean clone has no last run. */
const durationsFile = resolve('tests/e2e/durations.json');
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

/** Milliseconds each test (`file › name`) took in the last run, else in the committed durations (to start the longest first). */
function lastDurations(browser) {
  const last = readJson(resultsFile(browser))?.results;
  if (last) return new Map(last.map((r) => [keyOf(r), r.ms]));
  return new Map(Object.entries(readJson(durationsFile)?.[browser] ?? {}));
}

/** Runs test number `index` of a file in a child process (its own browser); resolves with its results. */
function runInChild(browser, file, index, name) {
  const out = join(artifacts, `.worker-${browser}-${file}-${index}.json`);
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--worker', `${browser}:${file}#${index}`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, E2E_WORKER_OUT: out },
      },
    );
    // Whole lines only, so that two files' reports never mix inside a line.
    const relay = (stream, write) => {
      let rest = '';
      stream.on('data', (chunk) => {
        const text = rest + chunk;
        const cut = text.lastIndexOf('\n') + 1;
        if (cut > 0) write(text.slice(0, cut));
        rest = text.slice(cut);
      });
      stream.on('end', () => rest && write(`${rest}\n`));
    };
    relay(child.stdout, (s) => process.stdout.write(s));
    relay(child.stderr, (s) => process.stderr.write(s));
    child.on('close', (code) => {
      let results;
      try {
        results = JSON.parse(readFileSync(out, 'utf8'));
        rmSync(out, { force: true });
      } catch {
        results = [{ file, name, ok: false, ms: 0, error: `worker exited with code ${code}` }];
        console.log(`  ✗ ${browser} ${file} › ${name}: the worker stopped (code ${code})`);
      }
      done(results);
    });
  });
}

if (worker) {
  const m = /^([^:]+):(.+)#(\d+)$/.exec(worker);
  if (!m) throw new Error(`--worker ${worker}: <browser>:<file>#<index> expected`);
  const [, browser, file, index] = m;
  const results = await runFile(browser, file, Number(index));
  writeFileSync(process.env.E2E_WORKER_OUT, JSON.stringify(results));
  process.exit(0);
}

const startedAll = Date.now();
const byBrowser = new Map(browsers.map((b) => [b, []]));
/** Runs one test in a child process when tests run at once, else here. */
const runOne = (item) =>
  jobs > 1
    ? runInChild(item.browser, item.file, item.index, item.name)
    : runFile(item.browser, item.file, item.index);
const queue = [];
for (const browser of browsers) {
  const ms = lastDurations(browser);
  for (const t of await testsOf(browser))
    queue.push({ ...t, ms: ms.get(keyOf(t)) ?? Number.MAX_SAFE_INTEGER });
}
if (jobs > 1) {
  // One queue of single tests, the longest first (a test new since the last run counts as longest).
  // Built once here, before the workers start servers of their own.
  const { ensureBuilt } = await import('../../scripts/platform-build.mjs');
  await ensureBuilt({ log: () => {} });
  queue.sort((a, b) => b.ms - a.ms);
}
const failedItems = [];
const next = async () => {
  for (let item = queue.shift(); item; item = queue.shift()) {
    const results = await runOne(item);
    byBrowser.get(item.browser).push(...results);
    if (results.some((r) => !r.ok)) failedItems.push(item);
  }
};
await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, next));
// Failed tests again, one at a time (the machine is quieter by then), each in a fresh browser.
for (const item of failedItems) {
  const list = byBrowser.get(item.browser);
  const at = list.findIndex((r) => r.file === item.file && r.name === item.name);
  const first = list[at];
  for (let attempt = 1; attempt <= retries; attempt++) {
    console.log(`  ↻ ${item.browser} ${item.file} › ${item.name}: retry ${attempt}/${retries}`);
    const [again] = await runOne(item);
    if (again?.ok) {
      list[at] = { ...again, flaky: true, attempts: attempt + 1, firstError: first.error };
      break;
    }
  }
}

let failedAny = false;
const seconds = Math.round((Date.now() - startedAll) / 1000);
for (const [browser, results] of byBrowser) {
  // File order, then each file's own order (the workers finish in any order).
  const order = new Map((await testsOf(browser)).map((t, i) => [keyOf(t), i]));
  results.sort((a, b) => (order.get(keyOf(a)) ?? 0) - (order.get(keyOf(b)) ?? 0));
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const flaky = results.filter((r) => r.flaky).length;
  failedAny ||= failed > 0 || results.length === 0;
  writeFileSync(resultsFile(browser), JSON.stringify({ browser, passed, failed, flaky, results }, null, 2));
  const unstable = flaky ? `, ${flaky} flaky (passed on retry)` : '';
  console.log(`e2e ${browser}: ${passed} passed, ${failed} failed${unstable} (${seconds} s)`);
}
if (args.includes('--save-durations')) {
  const saved = readJson(durationsFile) ?? {};
  for (const [browser, results] of byBrowser)
    saved[browser] = Object.fromEntries(results.filter((r) => r.ok).map((r) => [keyOf(r), r.ms]));
  writeFileSync(durationsFile, `${JSON.stringify(saved, null, 2)}\n`);
}
process.exit(failedAny ? 1 : 0);
