// A generated page of 20 000 controls (issue 16, « bounded on huge pages »): the overlay's node count,
// the renderer's JS heap with and without the extension (after a garbage collection), and how long
// the popup takes to answer on it (« Lecture de la page… » with its progress, then the summary).
import { launchWithExtension } from '../../tests/e2e/browser.mjs';
import { inContentWorld } from '../../tests/e2e/content-world.mjs';
import { serviceWorker } from '../../tests/e2e/prefill-helpers.mjs';
import { startGeneratedServer } from './generated-page.mjs';
import { round } from './stats.mjs';

const MB = 1024 * 1024;

async function heapAndNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const m = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]),
  );
  await cdp.detach();
  return { heapMb: m.JSHeapUsedSize / MB, nodes: m.Nodes };
}

/** Every node of the overlay's shadow root (elements and text), read from the content script's world. */
const overlayNodes = (page) =>
  inContentWorld(page, (_, root) => {
    const r = root();
    if (!r) return -1;
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_ALL);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  });

/** Waits until the overlay's node count holds still for two readings in a row (the checks settled). */
async function settledOverlay(page, timeout) {
  const deadline = Date.now() + timeout;
  let last = -2;
  for (;;) {
    await page.waitForTimeout(1000);
    const n = await overlayNodes(page).catch(() => -1);
    if (n > 0 && n === last) return n;
    last = n;
    if (Date.now() > deadline) return n;
  }
}

/** The popup opened as a page on the tab: time until it shows the summary, and whether it showed progress. */
async function popupAnswer(b, page) {
  const sw = await serviceWorker(b);
  const tabs = await sw.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.filter((t) => t.url === page.url()).sort((x, y) => y.id - x.id)[0];
  const popup = await b.context.newPage();
  const t0 = performance.now();
  await popup.goto(b.url(`sidepanel.html?tabId=${tab.id}`));
  let progress = '';
  const watch = setInterval(() => {
    popup
      .getByTestId('page-progress')
      .textContent({ timeout: 200 })
      .then((t) => {
        if (t) progress = t;
      })
      .catch(() => undefined);
  }, 250);
  try {
    // The summary, or a message saying why there is none (the figure records it).
    const answer = popup.getByTestId('page-summary').or(popup.getByRole('alert'));
    await answer.first().waitFor({ timeout: 180_000 });
    const ms = Math.round(performance.now() - t0);
    const text = (await answer.first().textContent())?.trim() ?? '';
    const ok = await popup.getByTestId('page-summary').isVisible();
    return { ms, ok, progress, [ok ? 'summary' : 'error']: text };
  } finally {
    clearInterval(watch);
    await popup.close();
  }
}

export async function hugePageRun(controls = 20_000) {
  const server = await startGeneratedServer(controls);
  const withExt = await launchWithExtension();
  const without = await launchWithExtension({ extensionDir: null });
  try {
    const page = await withExt.context.newPage();
    const t0 = performance.now();
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    await page.waitForSelector('[data-certifill-field]', { state: 'attached', timeout: 180_000 });
    const firstScanMs = Math.round(performance.now() - t0);
    const nodes = await settledOverlay(page, 60_000);
    const withM = await heapAndNodes(page);
    // Scrolled to the middle of the page: the badges near the new viewport replace the first ones.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const nodesScrolled = await settledOverlay(page, 30_000);
    const popup = await popupAnswer(withExt, page);
    const bare = await without.context.newPage();
    await bare.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    await bare.waitForSelector('textarea', { state: 'attached' });
    await bare.waitForTimeout(2000);
    const withoutM = await heapAndNodes(bare);
    return {
      controls,
      overlayNodes: nodes,
      overlayNodesScrolled: nodesScrolled,
      heapWithMb: round(withM.heapMb, 1),
      heapWithoutMb: round(withoutM.heapMb, 1),
      heapAddedMb: round(withM.heapMb - withoutM.heapMb, 1),
      pageNodesWith: withM.nodes,
      pageNodesWithout: withoutM.nodes,
      firstScanMs,
      popup,
    };
  } finally {
    await withExt.close();
    await without.close();
    server.close();
  }
}
