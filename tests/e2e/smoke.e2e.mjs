import assert from 'node:assert/strict';
import { launchWithExtension } from './browser.mjs';
import { shot } from './shots.mjs';

export const tests = [
  {
    name: 'the extension loads: service worker, editor page and side panel (the toolbar button opens it)',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const editor = await b.context.newPage();
        await editor.goto(b.url('options.html'));
        await editor.getByRole('heading', { level: 1 }).waitFor();
        const panel = await b.context.newPage();
        await panel.goto(b.url('sidepanel.html'));
        await panel.getByRole('heading', { name: 'Certifill' }).waitFor();
        await panel.getByText('Non affilié à France compétences').waitFor();
        await shot(panel, { path: `${artifacts}/smoke-sidepanel.png` });
        const sw = b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
        const { manifest, behavior } = await sw.evaluate(async () => ({
          manifest: chrome.runtime.getManifest(),
          behavior: await chrome.sidePanel.getPanelBehavior(),
        }));
        assert.equal(manifest.side_panel?.default_path, 'sidepanel.html');
        assert.ok(manifest.permissions.includes('sidePanel'));
        assert.equal(manifest.action?.default_popup, undefined, 'no popup: the button opens the side panel');
        assert.equal(behavior.openPanelOnActionClick, true);
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
      }
    },
  },
];
