import assert from 'node:assert/strict';
import { launchWithExtension } from './browser.mjs';

export const tests = [
  {
    name: 'the extension loads: service worker, editor page and popup',
    async run({ artifacts }) {
      const b = await launchWithExtension();
      try {
        const editor = await b.context.newPage();
        await editor.goto(b.url('options.html'));
        await editor.getByRole('heading', { level: 1 }).waitFor();
        const popup = await b.context.newPage();
        await popup.goto(b.url('popup.html'));
        await popup.getByRole('heading', { name: 'Certifill' }).waitFor();
        await popup.screenshot({ path: `${artifacts}/smoke-popup.png` });
        assert.deepEqual(b.externalRequests(), []);
      } finally {
        await b.close();
      }
    },
  },
];
