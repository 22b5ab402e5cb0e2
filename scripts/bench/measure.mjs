// Measurements run inside real pages (main world). The content script's listeners run synchronously
// inside dispatchEvent, whatever world they live in, so timing a dispatch times our handler too.
import { median, p95, round } from './stats.mjs';

export async function scanTiming(page, matcherPath, runs = 25) {
  await page.addScriptTag({ path: matcherPath });
  const r = await page.evaluate((n) => {
    const { scanRoot } = globalThis.__certifillBench;
    const times = [];
    let fields = [];
    for (let i = 0; i < n + 3; i++) {
      const t0 = performance.now();
      fields = scanRoot(document);
      const dt = performance.now() - t0;
      if (i >= 3) times.push(dt);
    }
    return { times, controls: fields.length, decided: fields.filter((f) => f.decision === 'auto').length };
  }, runs);
  return { ...r, median: round(median(r.times)), p95: round(p95(r.times)) };
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
  return { median: round(median(times), 4), p95: round(p95(times), 4), count };
}

/**
 * Typing time with and without the extension: three browsers, one page each (the same page), one
 * with the extension and two without. Short chunks are typed in turn, the order rotating at each
 * round, so that the machine's drifts (a shared 2-core VM varies by ±20 % from one second to the
 * next) weigh on every side alike. The second browser without the extension is the control: its
 * ratio to the first shows how far two identical browsers differ in the same run.
 */
export async function typingComparison(pages, selector, chunk, rounds = 60) {
  const sides = Object.keys(pages);
  const totals = Object.fromEntries(sides.map((k) => [k, 0]));
  for (let i = -2; i < rounds; i++) {
    const order = sides.map((_, j) => sides[(i + 3 + j) % sides.length]);
    for (const side of order) {
      const ms = await typingTime(pages[side], selector, chunk);
      if (i >= 0) totals[side] += ms;
    }
  }
  return totals;
}
/** Real typing through the browser's input pipeline (keyboard events, layout, paint). */
export async function typingTime(page, selector, text) {
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
  return { median: round(median(times), 1) };
}
