// Measurements run inside real pages (main world). The content script's listeners run synchronously
// inside dispatchEvent, whatever world they live in, so timing a dispatch times our handler too.
import { median, medianInterval, p95, round } from './stats.mjs';

/** `runs` scans of the page's document, timed one by one (the matcher is already in the page). */
async function scanRuns(page, runs) {
  return page.evaluate((n) => {
    const { scanRoot } = globalThis.__certifillBench;
    const times = [];
    let fields = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      fields = scanRoot(document);
      times.push(performance.now() - t0);
    }
    return { times, controls: fields.length, decided: fields.filter((f) => f.decision === 'auto').length };
  }, runs);
}

/**
 * Scan + match timed on several pages in alternation: three warm-up scans per page (the first one
 * reported apart), then `rounds` rounds in which each page is scanned `perRound` times and the
 * reference workload runs once in the first page. Spread over the whole measurement rather than
 * one burst per page, the runs do not let a short slow spell of the shared VM decide a figure
 * alone; the reference workload timed between them tells how fast the machine was meanwhile.
 */
export async function scanTimings(targets, matcherPath, rounds = 8) {
  const entries = Object.entries(targets);
  // The first scan once the matcher is injected: its score memo empty, V8's warm-up not over.
  // A page measured again later (matcherPath null) keeps its matcher; it is warmed up again.
  const first = {};
  for (const [k, t] of entries) {
    if (!matcherPath) {
      await scanRuns(t.page, 3);
      continue;
    }
    await t.page.addScriptTag({ path: matcherPath });
    first[k] = round((await scanRuns(t.page, 3)).times[0] ?? 0);
  }
  const out = Object.fromEntries(
    entries.map(([k]) => [k, { times: [], controls: 0, decided: 0, first: first[k] }]),
  );
  const reference = [];
  for (let r = 0; r < rounds; r++) {
    for (const [k, t] of entries) {
      const run = await scanRuns(t.page, t.perRound);
      out[k].times.push(...run.times);
      out[k].controls = run.controls;
      out[k].decided = run.decided;
    }
    reference.push(...(await calibration(entries[0][1].page, 1)).times);
  }
  for (const k of Object.keys(out))
    Object.assign(out[k], { median: round(median(out[k].times)), p95: round(p95(out[k].times)) });
  return { ...out, calibration: { median: round(median(reference), 1), times: reference } };
}

/** Two sets of scanTimings, one before and one after the rest of the run, as one figure each. */
export function mergeScanTimings(a, b) {
  const merged = {};
  for (const k of Object.keys(a)) {
    const times = [...a[k].times, ...b[k].times];
    merged[k] =
      k === 'calibration'
        ? { median: round(median(times), 1), times }
        : { ...a[k], times, median: round(median(times)), p95: round(p95(times)) };
  }
  return merged;
}

/** Synthetic keystrokes on one textarea: the time each input event's dispatch takes. */
export async function keystrokeTiming(page, selector, count = 400) {
  const times = await page.evaluate(
    ({ selector, count }) => {
      const el = document.querySelector(selector);
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
      const out = [];
      for (let i = 0; i < count; i++) {
        setter.call(el, `${el.value}a`);
        const t0 = performance.now();
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
        out.push(performance.now() - t0);
      }
      return out;
    },
    { selector, count },
  );
  return {
    median: round(median(times), 4),
    p95: round(p95(times), 4),
    count,
    interval: medianInterval(times, 4),
  };
}

/**
 * Typing time with and without the extension: two browsers with the extension and two without,
 * one page each (the same page in each). Short chunks are typed in turn, the order rotating at
 * each round, so that the machine's drifts (a shared 2-core VM varies by ±20 % from one second to
 * the next) weigh on every side alike. One renderer process can type up to ±7 % faster or slower
 * than its twin over a whole run, with or without the extension (which core, what it ran before):
 * two browsers per side halve that variance, and every `renewEvery` rounds each side types in a
 * new page (a new process) after two warm-up chunks, so that no one process decides the figure.
 * `open(side)` opens a side's page, ready to type in.
 */
export async function typingComparison(open, sides, selector, chunk, rounds = 60, renewEvery = 25) {
  const times = Object.fromEntries(sides.map((k) => [k, []]));
  const pages = {};
  for (let i = 0; i < rounds; i++) {
    const fresh = i % renewEvery === 0;
    if (fresh)
      for (const side of sides) {
        const next = await open(side);
        await pages[side]?.close();
        pages[side] = next;
      }
    for (let warm = fresh ? -2 : 0; warm <= 0; warm++) {
      const order = sides.map((_, j) => sides[(i + warm + sides.length + j) % sides.length]);
      for (const side of order) {
        const ms = await typingTime(pages[side], selector, chunk);
        if (warm === 0) times[side].push(ms);
      }
    }
  }
  for (const side of sides) await pages[side]?.close();
  return times;
}

/**
 * Round by round, the mean time of the sides in `a` over the mean time of the sides in `b`, and
 * the median of those ratios. A round compares chunks typed seconds apart, so a hiccup of the VM
 * during one chunk moves one ratio, not the figure.
 */
export function groupRatio(a, b) {
  return median(chunkRatios(a, b));
}

/** The per-chunk ratios whose median groupRatio is (for its interval). */
export function chunkRatios(a, b) {
  const mean = (group, i) => group.reduce((s, t) => s + t[i], 0) / group.length;
  return a[0].map((_, i) => mean(a, i) / mean(b, i));
}

/** One side's ratio to the mean of the others' (see groupRatio). */
export const pairedRatio = (a, ...others) => groupRatio([a], others);

/** Real typing through the browser's input pipeline (keyboard events, layout, paint). */
export async function typingTime(page, selector, text) {
  // The page typed in is the visible tab (others in the same browser are throttled like hidden tabs).
  await page.bringToFront();
  await page.fill(selector, '');
  await page.focus(selector);
  const t0 = performance.now();
  await page.keyboard.type(text);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  return performance.now() - t0;
}

/**
 * A fixed pure-JavaScript workload (sorting and normalising French text), timed in the same page:
 * the machine's speed at the time of the run. On a shared VM it varies by 2× from one hour to
 * the next; every other figure scales with it.
 */
export async function calibration(page, runs = 7) {
  const times = await page.evaluate((n) => {
    const words = 'Concevoir déployer sécuriser une infrastructure réseau évaluer les compétences'.split(' ');
    const out = [];
    for (let r = 0; r < n; r++) {
      const t0 = performance.now();
      const list = [];
      for (let i = 0; i < 60_000; i++) list.push(`${words[i % words.length]} ${(i * 7919) % 10007}`);
      list.sort();
      let acc = 0;
      for (const s of list) acc += s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').length;
      out.push(performance.now() - t0 + acc * 0);
    }
    return out;
  }, runs);
  return { median: round(median(times), 1), times };
}
