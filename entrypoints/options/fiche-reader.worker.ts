// The worker that reads France compétences' export for the editor page: the 70 MB zip is
// inflated and parsed here, so the page stays responsive; only progress and results cross over.
import { FicheReadError, frenchReadError } from '@/utils/fiche/errors';
import type { ReadProgress } from '@/utils/fiche/read-export';
import { findFiche, indexExport } from '@/utils/fiche/read-file';
import type { ReaderMessage, ReaderRequest } from '@/utils/fiche/worker-protocol';

const post = (m: ReaderMessage) => self.postMessage(m);

/** Progress at most every 50 ms: enough for a smooth bar, few messages. */
function throttled(): (p: ReadProgress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    if (now - last < 50 && p.read < p.total) return;
    last = now;
    post({ kind: 'progress', ...p });
  };
}

self.onmessage = async (e: MessageEvent<ReaderRequest>) => {
  const req = e.data;
  try {
    if (req.kind === 'index') post({ kind: 'index', index: await indexExport(req.file, throttled()) });
    else post({ kind: 'fiche', fiche: await findFiche(req.file, req.numero, throttled()) });
  } catch (error) {
    const err = error instanceof FicheReadError ? error : frenchReadError(error);
    post({ kind: 'error', code: err.code, message: err.message });
  }
};
