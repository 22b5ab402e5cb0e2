#!/usr/bin/env node
// Saves the rendered DOM of every page/tab of the reconstruction to tests/fixtures/pages/.
// Usage: node scripts/snapshot-platform.mjs [--screenshots DIR]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PAGES } from '../tests/reconstruction/pages.mjs';
import { findChromium } from './find-chromium.mjs';
import { ROOT } from './platform-build.mjs';
import { startPlatform } from './platform-server.mjs';

const OUT = path.join(ROOT, 'tests/fixtures/pages');
const shotsArg = process.argv.indexOf('--screenshots');
const shotsDir = shotsArg >= 0 ? path.resolve(process.argv[shotsArg + 1] ?? 'snapshots') : null;

const { url, close } = await startPlatform({ port: 0, log: console.log });
const browser = await chromium.launch({
  executablePath: findChromium(), // /usr/bin/chromium on Debian
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=fr-FR',
    // Only the local server resolves: proves the pages need no network.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
fs.mkdirSync(OUT, { recursive: true });
if (shotsDir) fs.mkdirSync(shotsDir, { recursive: true });

const index = [];
const problems = [];
for (const entry of PAGES) {
  const page = await context.newPage();
  page.on(
    'console',
    (msg) => msg.type() === 'error' && problems.push(`${entry.name}: console: ${msg.text()}`),
  );
  page.on('pageerror', (error) => problems.push(`${entry.name}: ${error.message}`));
  page.on(
    'response',
    (res) => res.status() >= 400 && problems.push(`${entry.name}: HTTP ${res.status()} ${res.url()}`),
  );
  const target = new URL(entry.path, url);
  await page.goto(target.href);
  await page.waitForFunction((p) => window.__certifproRoute === p, target.pathname, { timeout: 15_000 });
  for (const text of entry.click ?? []) {
    await page.getByRole('button', { name: text, exact: true }).click();
    // The platform answers an « Ajouter… » late: the item is there once the button is free again.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
      timeout: 15_000,
    });
  }
  const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}\n`);
  const truths = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll('[data-truth]')].map((el) => el.getAttribute('data-truth'))),
  ]);
  const file = `${entry.name}.html`;
  fs.writeFileSync(path.join(OUT, file), html);
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, `${entry.name}.png`), fullPage: true });
  const { click: _click, ...meta } = entry;
  index.push({ file, ...meta, title: await page.title(), truths });
  console.log(`${file} : ${truths.length} champs data-truth`);
  await page.close();
}
fs.writeFileSync(path.join(OUT, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
await browser.close();
await close();

if (problems.length) {
  console.error(`Erreurs pendant la capture :\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`${index.length} pages enregistrées dans ${path.relative(ROOT, OUT)}`);
