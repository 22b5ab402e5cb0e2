// Launches Debian's Chromium with the built extension (test build: it also runs on 127.0.0.1).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/find-chromium.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-test');

/**
 * @param {{ userDataDir?: string, headless?: boolean, extensionDir?: string | null, viewport?: {width:number,height:number}, args?: string[] }} [opts]
 * `extensionDir: null` launches the same browser without the extension (baselines).
 */
export async function launchWithExtension(opts = {}) {
  const ext = opts.extensionDir === undefined ? EXTENSION_DIR : opts.extensionDir;
  const extArgs = ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [];
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'certifill-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    chromiumSandbox: false,
    args: [
      ...extArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Anything but the local reconstruction fails to resolve: the run cannot reach the network.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(opts.args ?? []),
    ],
    ignoreDefaultArgs: ext ? ['--disable-extensions'] : [],
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), frame: safeFrameUrl(r) }));
  let [sw] = context.serviceWorkers();
  if (ext) sw ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = sw ? new URL(sw.url()).host : null;
  return {
    context,
    extensionId,
    userDataDir,
    requests,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    /** Requests that left the machine or the extension (none are allowed). */
    externalRequests: () =>
      requests.filter((r) => !/^(chrome-extension|data|blob|about):|^http:\/\/127\.0\.0\.1[:/]/.test(r.url)),
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (ownDir && !keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(r) {
  try {
    return r.frame()?.url() ?? '';
  } catch {
    return '';
  }
}
