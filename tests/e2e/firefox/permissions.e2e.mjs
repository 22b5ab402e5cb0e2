// Firefox lets the user withhold or withdraw an MV3 add-on's host permissions: the side panel says so and asks.
import assert from 'node:assert/strict';
import { startPlatform } from '../../../scripts/platform-server.mjs';
import { demandePath } from '../../reconstruction/pages.mjs';
import { shot } from '../shots.mjs';
import { launchFirefox, reload, until } from './browser.mjs';
import { clickText, waitText } from './page-helpers.mjs';

const RECONSTRUCTION = 'http://127.0.0.1/*';

export const tests = [
  {
    name: 'Firefox host access: withdrawn → the side panel explains and asks → granted → the page is read again',
    async run({ artifacts }) {
      const platform = await startPlatform({ port: 0 });
      // Grants a permissions.request() without Firefox's doorhanger (which automation cannot click).
      const ff = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
      try {
        const url = new URL(demandePath('RNCP', 'fiche'), platform.url).href;
        const first = await ff.open(ff.url('sidepanel.html'));
        await waitText(first, 'h1', 'Certifill');
        assert.equal(await first.$('[data-testid="host-access"]'), null, 'granted at install: no notice');
        await first.evaluate((o) => globalThis.browser.permissions.remove({ origins: [o] }), RECONSTRUCTION);
        await first.close();

        const page = await ff.open(url);
        await until(page, () => window.__certifproRoute === location.pathname, undefined, {
          what: 'la route',
        });
        const popup = await ff.open(ff.url(`sidepanel.html?tabId=${await ff.tabIdOf(url)}`));
        await waitText(
          popup,
          '[data-testid="host-access"]',
          'Certifill n’a pas encore accès aux pages de Certif Pro',
        );
        await waitText(popup, '[role="alert"]', 'Ouvrez une page de Certif Pro');
        await shot(popup, { path: `${artifacts}/firefox-host-access.png` });
        assert.equal(await page.$('[data-certifill-field]'), null, 'no content script without access');

        await clickText(popup, 'button', 'Autoriser l’accès à Certif Pro');
        await waitText(popup, '[data-testid="host-access"]', 'Accès à Certif Pro autorisé');
        assert.equal(
          await popup.evaluate(
            (o) => globalThis.browser.permissions.contains({ origins: [o] }),
            RECONSTRUCTION,
          ),
          true,
        );
        await reload(page);
        await page.waitForSelector('[data-certifill-field]', { timeout: 20_000 });
        assert.deepEqual(ff.pageErrors, [], 'no page errors');
      } finally {
        await ff.close();
        await platform.close();
      }
    },
  },
];
