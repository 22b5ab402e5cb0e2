// Runs a function in the extension's content-script world of a page (its isolated world), through
// the DevTools protocol. The overlay's shadow root is closed: the page cannot reach it, and neither
// can page.evaluate; from the content script's world `chrome.dom.openOrClosedShadowRoot` can.

const contexts = new WeakMap();

async function worldOf(page) {
  let known = contexts.get(page);
  if (!known) {
    const cdp = await page.context().newCDPSession(page);
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    cdp.on('Runtime.executionContextsCleared', () => worlds.splice(0));
    await cdp.send('Runtime.enable');
    known = { cdp, worlds };
    contexts.set(page, known);
  }
  const { frame } = await known.cdp.send('Page.getFrameTree').then((t) => t.frameTree);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const world = known.worlds
      .filter((c) => c.auxData?.frameId === frame.id && c.auxData?.type === 'isolated')
      .filter((c) => c.origin.startsWith('chrome-extension://') || c.name === 'Certifill')
      .at(-1);
    if (world) return { cdp: known.cdp, id: world.id };
    if (Date.now() > deadline) throw new Error('monde du script de contenu introuvable');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * `fn(arg)` in the content script's world of the page's top frame; returns its (JSON) result.
 * Inside, `overlayRoot()` gives the checks overlay's (closed) shadow root, or null.
 */
export async function inContentWorld(page, fn, arg) {
  const { cdp, id } = await worldOf(page);
  const expression = `(async () => {
    const overlayRoot = () => {
      const host = document.querySelector('certifill-checks');
      return host ? chrome.dom.openOrClosedShadowRoot(host) : null;
    };
    return (${fn.toString()})(${JSON.stringify(arg ?? null)}, overlayRoot);
  })()`;
  const r = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: id,
    returnByValue: true,
    awaitPromise: true,
  });
  if (r.exceptionDetails)
    throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value;
}

/** Waits until `fn` (run as in inContentWorld) returns a truthy value; returns it. */
export async function waitInContentWorld(page, fn, arg, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await inContentWorld(page, fn, arg).catch((e) => {
      if (Date.now() > deadline) throw e;
      return null;
    });
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`condition non atteinte en ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
