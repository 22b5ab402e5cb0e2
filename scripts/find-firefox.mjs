// Finds Debian's Firefox ESR (the Firefox end-to-end tests drive it with puppeteer-core over WebDriver BiDi).
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox',
];

export function findFirefox() {
  const found = CANDIDATES.find((p) => p && existsSync(p));
  if (!found)
    throw new Error(
      'Firefox introuvable. Installez-le : `sudo apt-get install -y firefox-esr` (Debian/Ubuntu), ' +
        'ou indiquez son chemin dans FIREFOX_PATH. `bash scripts/ensure-firefox.sh` le fait si vous êtes root.',
    );
  return found;
}
