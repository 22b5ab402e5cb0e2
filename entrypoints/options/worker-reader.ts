import { FicheReadError } from '@/utils/fiche/errors';
import type { ReadProgress } from '@/utils/fiche/read-export';
import type { FicheReader, ReadJob } from '@/utils/fiche/reader-api';
import type { SearchableFiche } from '@/utils/fiche/search';
import type { ReaderMessage, ReaderRequest } from '@/utils/fiche/worker-protocol';
import ReaderWorker from './fiche-reader.worker?worker';

/** One worker per reading, ended with it (or when the person cancels). */
function run<T>(
  request: ReaderRequest,
  onProgress: (p: ReadProgress) => void,
  pick: (m: ReaderMessage) => T | undefined,
  onOther: (m: ReaderMessage) => void = () => {},
): ReadJob<T> {
  const worker = new ReaderWorker();
  let cancel = () => {};
  const result = new Promise<T>((resolve, reject) => {
    const end = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (e: MessageEvent<ReaderMessage>) => {
      const m = e.data;
      if (m.kind === 'progress') onProgress(m);
      else if (m.kind === 'entries') onOther(m);
      else if (m.kind === 'error') end(() => reject(new FicheReadError(m.code, m.message)));
      else {
        const value = pick(m);
        if (value !== undefined) end(() => resolve(value));
      }
    };
    worker.onerror = () =>
      end(() =>
        reject(new FicheReadError('read-failed', 'La lecture du fichier s’est interrompue : réessayez.')),
      );
    cancel = () => end(() => reject(new DOMException('Lecture annulée', 'AbortError')));
  });
  worker.postMessage(request);
  return { result, cancel };
}

/** Reads exports in a Web Worker bundled with the options page. */
export const workerReader: FicheReader = {
  index: (file, onProgress) => {
    // Entries arrive in batches during the reading; the last message only closes the list.
    const entries: SearchableFiche[] = [];
    return run(
      { kind: 'index', file },
      onProgress,
      (m) => (m.kind === 'index' ? { ...m.index, entries: entries.concat(m.index.entries) } : undefined),
      (m) => {
        if (m.kind === 'entries') for (const e of m.entries) entries.push(e);
      },
    );
  },
  fiche: (file, target, onProgress) =>
    run({ kind: 'fiche', file, target }, onProgress, (m) => (m.kind === 'fiche' ? m.fiche : undefined)),
};
