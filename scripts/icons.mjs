// Draws the extension's icons, public/icon/{16,32,48,128}.png, from the name mark
// (components/shared/BrandMark.tsx): the same SVG, rendered by Debian's Chromium at each size with a
// transparent background. WXT puts public/icon/<size>.png in the manifest (`icons`; wxt.config.ts adds the
// toolbar button's). Run after changing the mark: `npm run icons` (tsx, to read the component).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BrandMark } from '../components/shared/BrandMark.tsx';
import { findChromium } from './find-chromium.mjs';

export const ICON_SIZES = [16, 32, 48, 128];
const out = resolve('public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = renderToStaticMarkup(createElement(BrandMark, { size }));
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    const file = join(out, `${size}.png`);
    await page.locator('svg').screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(file);
  }
} finally {
  await browser.close();
}
