// The npm registry reachable here only serves Biome's Linux binaries, so npm writes a lockfile
// without Biome's other platform packages and `npm ci` then refuses it as out of sync. This adds
// those optional entries (never installed on Linux) so that the lockfile is complete.
// Run after any `npm install` that rewrites package-lock.json.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const PLATFORM = /^@biomejs\/cli-(android|darwin|linux|win32)-(arm64|x64)(-musl)?$/;
let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const m = PLATFORM.exec(name);
    const path = `node_modules/${name}`;
    if (!m || lock.packages[path]) continue;
    lock.packages[path] = {
      version,
      cpu: [m[2]],
      dev: true,
      ...(m[1] === 'linux' ? { libc: [m[3] ? 'musl' : 'glibc'] } : {}),
      license: 'MIT OR Apache-2.0',
      optional: true,
      os: [m[1]],
      engines: { node: '>=14.21.3' },
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : a.localeCompare(b))),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
