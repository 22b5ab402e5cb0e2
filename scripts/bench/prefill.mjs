// `node scripts/bench/prefill.mjs [--runs N]`: the pre-fill figure of `npm run bench` alone (the 4-bloc
// sample on the fiche tab, blocs 2–4 created), N runs in a fresh browser each, on the test build
// (build it first: `npx wxt build --mode test`). Budget: under 3 s in the page.
import { launchWithExtension } from '../../tests/e2e/browser.mjs';
import { startPlatform } from '../platform-server.mjs';
import { prefillTiming } from './pages.mjs';
import { median } from './stats.mjs';

const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('Nombre de passes invalide. Usage : node scripts/bench/prefill.mjs [--runs N]');
  process.exit(2);
}
const platform = await startPlatform({ port: 0 });
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const b = await launchWithExtension();
    try {
      const r = await prefillTiming(b, platform.url);
      results.push(r);
      console.log(
        `passe ${i + 1} : ${r.fields} champs, ${r.created} blocs créés (${r.blocs} sur la page) ; dans la page ${r.inPageMs} ms ; aperçu ${r.previewMs} ms ; « Appliquer » → rapport ${r.applyMs} ms`,
      );
    } finally {
      await b.close();
    }
  }
} finally {
  await platform.close();
}
const inPage = median(results.map((r) => r.inPageMs));
const ok = results.every((r) => r.created === 3 && r.inPageMs < 3000);
console.log(
  `médiane dans la page ${inPage} ms sur ${runs} passes (budget < 3 000 ms) : ${ok ? 'OK' : 'DÉPASSÉ'}`,
);
