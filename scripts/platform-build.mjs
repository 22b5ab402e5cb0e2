// Builds the Certif Pro reconstruction's page script when its sources changed (content hash).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RECONSTRUCTION = path.join(ROOT, 'tests/reconstruction');
export const DIST = path.join(RECONSTRUCTION, 'dist');
const STAMP = '.build-hash';

function listFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

/** Hash of everything that goes into the bundle. */
export function sourceHash() {
  const hash = createHash('sha256');
  const inputs = [
    ...listFiles(path.join(RECONSTRUCTION, 'src')),
    path.join(RECONSTRUCTION, 'vite.config.mjs'),
  ];
  for (const file of inputs) {
    hash.update(path.relative(RECONSTRUCTION, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

export function isFresh() {
  try {
    const stamp = fs.readFileSync(path.join(DIST, STAMP), 'utf8');
    return stamp === sourceHash() && fs.existsSync(path.join(DIST, 'main.js'));
  } catch {
    return false;
  }
}

/** Builds into a temporary folder, then swaps it in, so concurrent starts never see half a dist. */
export async function ensureBuilt({ force = false, log = console.log } = {}) {
  if (!force && isFresh()) return false;
  const { build } = await import('vite');
  const tmp = path.join(RECONSTRUCTION, `.dist-tmp-${process.pid}-${Date.now()}`);
  const started = Date.now();
  await build({ configFile: path.join(RECONSTRUCTION, 'vite.config.mjs'), build: { outDir: tmp } });
  fs.writeFileSync(path.join(tmp, STAMP), sourceHash());
  fs.rmSync(DIST, { recursive: true, force: true });
  try {
    fs.renameSync(tmp, DIST);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another process won the race
  }
  log(`Reconstruction construite en ${Date.now() - started} ms`);
  return true;
}
