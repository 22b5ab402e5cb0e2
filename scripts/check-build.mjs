// Guards the built extensions: scripts in valid UTF-8 without Unicode non-characters (Chromium refuses a
// content script holding U+FFFF, which Rolldown writes literally from Dexie without `charset: 'ascii'`),
// no host permission beyond Certif Pro in the store builds, the reconstruction's origin only in the test build,
// no DOMPurify in the content script, the pre-fill engine kept out of it and injected on demand
// (its size budget: docs/benchmark.md, « Content script size »), the icons declared at their sizes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const PLATFORM = 'https://certifpro.francecompetences.fr/*';
/** Budget of the content script that runs on every Certif Pro page and frame (issue 21). */
const CONTENT_GZIP_BUDGET = 60_000;
/** Only the engine injects the editors' bridge: seeing its path tells where the engine's code went. */
const ENGINE_MARK = '/editor-bridge.js';
let failed = false;
const fail = (m) => {
  console.error(`✗ ${m}`);
  failed = true;
};

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

/** `WxH` of a PNG file (its IHDR chunk), or null if it is not one. */
function pngSize(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

for (const [dir, store] of [
  ['.output/chrome-mv3', true],
  ['.output/firefox-mv3', true],
  ['.output/chrome-mv3-test', false],
  ['.output/firefox-mv3-test', false],
]) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const hosts = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches),
  ];
  const allowed = store ? [PLATFORM] : [PLATFORM, 'http://127.0.0.1/*'];
  for (const h of hosts) if (!allowed.includes(h)) fail(`${dir}: host ${h} not allowed`);
  const perms = manifest.permissions ?? [];
  const firefox = dir.includes('firefox');
  // Chrome's side panel needs its permission; Firefox's sidebar needs none.
  // scripting: the background injects the pre-fill engine into the tab on the panel's first request.
  const expected = ['storage', 'unlimitedStorage', 'scripting', ...(firefox ? [] : ['sidePanel'])];
  if (!perms.includes('scripting'))
    fail(`${dir}: scripting missing (the pre-fill engine could not be loaded)`);
  if (!perms.includes('unlimitedStorage'))
    fail(`${dir}: unlimitedStorage missing (attachments would hit the quota)`);
  for (const p of perms) if (!expected.includes(p)) fail(`${dir}: permission ${p} not expected`);
  if (manifest.action?.default_popup)
    fail(`${dir}: a popup would stop the toolbar button opening the side panel`);
  const panel = firefox ? manifest.sidebar_action?.default_panel : manifest.side_panel?.default_path;
  if (panel !== 'sidepanel.html') fail(`${dir}: the side panel page is not declared (${panel})`);
  // The name mark as icons (public/icon/, scripts/icons.mjs), for the extension and its toolbar button.
  for (const [what, icons] of [
    ['icons', manifest.icons],
    ['action.default_icon', manifest.action?.default_icon],
  ]) {
    const sizes = Object.keys(icons ?? {}).join(', ');
    if (sizes !== '16, 32, 48, 128') fail(`${dir}: ${what} gives ${sizes || 'no size'}, not 16, 32, 48, 128`);
    for (const [size, path] of Object.entries(icons ?? {})) {
      const px = pngSize(join(dir, path));
      if (px !== `${size}x${size}`) fail(`${dir}: ${what} ${size} (${path}) is ${px ?? 'not a PNG'}`);
    }
  }
  for (const f of files(dir)) {
    if (!f.endsWith('.js')) continue;
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(f));
    } catch {
      fail(`${f}: not valid UTF-8`);
      continue;
    }
    const i = text.search(/[\uFDD0-\uFDEF\uFFFE\uFFFF]/);
    if (i >= 0) fail(`${f}: Unicode non-character at ${i}`);
    // The content script's size budget leaves DOMPurify to the extension's pages (docs/richtext.md).
    if (f.includes('content-scripts') && text.includes('uponSanitizeElement'))
      fail(`${f}: DOMPurify is bundled into the content script`);
    if (f.includes('content-scripts') && text.includes(ENGINE_MARK))
      fail(`${f}: the pre-fill engine is bundled into the content script`);
  }
  const engine = join(dir, 'prefill-engine.js');
  if (!existsSync(engine)) fail(`${dir}: prefill-engine.js missing`);
  else if (!readFileSync(engine, 'utf8').includes(ENGINE_MARK))
    fail(`${engine}: does not hold the pre-fill engine`);
  const content = join(dir, 'content-scripts', 'certifpro.js');
  const gzip = gzipSync(readFileSync(content), { level: 9 }).length;
  if (gzip >= CONTENT_GZIP_BUDGET)
    fail(`${content}: ${(gzip / 1000).toFixed(1)} kB gzip, budget < ${CONTENT_GZIP_BUDGET / 1000} kB`);
}
if (failed) process.exit(1);
console.log('builds: manifests and scripts checked');
