// The worker that reads France compétences' export for the editor page: the 70 MB zip is
// inflated and parsed here, so the page stays responsive; only progress and results cross over.
import { FicheReadError, frenchReadError } from '@/utils/fiche/errors';
import type { ReadProgress } from '@/utils/fiche/read-export';
import { findFiche, indexExport } from '@/utils/fiche/read-file';
import type { ReaderMessage, ReaderRequest } from '@/utils/fiche/worker-protocol';

const post = (m: ReaderMessage) => self.postMessage(m);

/** Progress at most every 200 ms: enough for the bar, little work for the page. */
function throttled(): (p: ReadProgress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (now - last < 200 && p.read < p.total) return;
    last = now;
    post({ kind: 'progress', ...p });
  };
}

self.onmessage = async (e: MessageEvent<ReaderRequest>) => {
  const req = e.data;
  try {
    if (req.kind === 'index') {
      const index = await indexExport(req.file, throttled(), undefined, (entries) =>
        post({ kind: 'entries', entries }),
      );
      post({ kind: 'index', index });
    } else {
      const { numero, offset } = req.target;
      post({ kind: 'fiche', fiche: await findFiche(req.file, numero, throttled(), undefined, offset) });
    }
  } catch (error) {
    const err = error instanceof FicheReadError ? error : frenchReadError(error);
    post({ kind: 'error', code: err.code, message: err.message });
  }
};
