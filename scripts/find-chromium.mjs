// Finds Debian's Chromium (the e2e tests and the demo drive it with playwright-core).
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
];

export function findChromium() {
  const found = CANDIDATES.find((p) => p && existsSync(p));
  if (!found)
    throw new Error(
      'Chromium introuvable. Installez-le : `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'ou indiquez son chemin dans CHROMIUM_PATH. `bash scripts/ensure-chromium.sh` le fait si vous êtes root.',
    );
  return found;
}
