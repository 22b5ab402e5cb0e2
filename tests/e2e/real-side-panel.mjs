// The real side panel of Chromium (not the panel page opened in a tab): opened the way the toolbar
// button does it, from a user gesture in an extension page; then driven over CDP, where Chromium
// lists it as a page of its own. The browser must be launched with `--remote-debugging-port=0`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const REAL_PANEL_ARGS = ['--remote-debugging-port=0'];

/** Opens the side panel in the window of `from` (an extension page), returns it and a close(). */
export async function openRealSidePanel(b, from) {
  await from.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'e2e-open-side-panel';
    button.textContent = 'Ouvrir le panneau (test)';
    button.addEventListener('click', async () => {
      const w = await chrome.windows.getCurrent();
      await chrome.sidePanel.open({ windowId: w.id });
    });
    document.body.prepend(button);
  });
  // A real click: Chromium opens a side panel only in answer to the person's gesture.
  await from.click('#e2e-open-side-panel');
  const port = readFileSync(join(b.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const find = () =>
    cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().endsWith('/sidepanel.html'));
  let panel = find();
  for (let i = 0; !panel && i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    panel = find();
  }
  if (!panel) throw new Error('le panneau latéral ne s’est pas ouvert');
  return {
    panel,
    /** Whether the side panel is still open (its page still exists in the browser). */
    async isOpen() {
      const { targetInfos } = await (await cdp.newBrowserCDPSession()).send('Target.getTargets');
      return targetInfos.some((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'));
    },
    close: () => cdp.close(),
  };
}
