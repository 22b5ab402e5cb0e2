import { useCallback, useEffect, useRef, useState } from 'react';
import { frenchReadError } from '@/utils/fiche/errors';
import type { ReadProgress } from '@/utils/fiche/read-export';
import type { FicheIndex } from '@/utils/fiche/read-file';
import type { ReadJob } from '@/utils/fiche/reader-api';
import { saveFicheReport } from '@/utils/fiche/report-store';
import type { SearchableFiche } from '@/utils/fiche/search';
import { ficheToDossier } from '@/utils/fiche/to-dossier';
import { getActiveDossierId, saveDossier, setActiveDossierId } from '@/utils/storage/dossier-store';
import { useDb } from '../editor/db-context';
import { useFicheReader } from './reader-context';

export type ImportPhase =
  | { step: 'choose' }
  | { step: 'indexing'; file: File; progress: ReadProgress | null }
  | { step: 'pick'; file: File; index: FicheIndex; entries: SearchableFiche[] }
  | {
      step: 'opening';
      file: File;
      index: FicheIndex;
      entries: SearchableFiche[];
      numero: string;
      progress: ReadProgress | null;
    }
  | { step: 'error'; message: string };

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * The steps of « Nouveau dossier à partir d'une fiche publiée »: read the export (in the worker),
 * pick a fiche, read it again up to that fiche, save the renewal dossier and its report. Nothing is
 * written before the dossier is complete; cancelling or an error leaves the dossiers as they were.
 */
export function useFicheImport(onCreated: (dossierId: string) => void) {
  const db = useDb();
  const reader = useFicheReader();
  const [phase, setPhase] = useState<ImportPhase>({ step: 'choose' });
  const job = useRef<ReadJob<unknown> | null>(null);

  useEffect(() => () => job.current?.cancel(), []);

  const fail = useCallback((e: unknown) => {
    if (!isAbort(e)) setPhase({ step: 'error', message: frenchReadError(e).message });
  }, []);

  const choose = useCallback(
    (file: File) => {
      job.current?.cancel();
      setPhase({ step: 'indexing', file, progress: null });
      const j = reader.index(file, (progress) =>
        setPhase((p) => (p.step === 'indexing' && p.file === file ? { ...p, progress } : p)),
      );
      job.current = j;
      j.result
        .then((index) => {
          if (job.current !== j) return;
          if (index.entries.length === 0)
            setPhase({ step: 'error', message: 'Cet export ne contient aucune fiche numérotée.' });
          else setPhase({ step: 'pick', file, index, entries: index.entries });
        })
        .catch((e) => job.current === j && fail(e));
    },
    [reader, fail],
  );

  const pick = useCallback(
    (numero: string) => {
      if (phase.step !== 'pick') return;
      const { file, index, entries } = phase;
      setPhase({ step: 'opening', file, index, entries, numero, progress: null });
      const offset = entries.find((e) => e.numero === numero)?.offset ?? null;
      const j = reader.fiche(file, { numero, offset }, (progress) =>
        setPhase((p) => (p.step === 'opening' && p.numero === numero ? { ...p, progress } : p)),
      );
      job.current = j;
      j.result
        .then(async (fiche) => {
          if (job.current !== j) return;
          if (!fiche) throw new Error(`Fiche ${numero} introuvable à la seconde lecture`);
          const { dossier, report } = ficheToDossier(fiche);
          const saved = await saveDossier(dossier, 'import', db);
          await saveFicheReport(db, saved.id, report);
          if ((await getActiveDossierId(db)) === null) await setActiveDossierId(saved.id, db);
          onCreated(saved.id);
        })
        .catch((e) => job.current === j && fail(e));
    },
    [phase, reader, db, onCreated, fail],
  );

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setPhase((p) =>
      p.step === 'opening'
        ? { step: 'pick', file: p.file, index: p.index, entries: p.entries }
        : { step: 'choose' },
    );
  }, []);

  const restart = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setPhase({ step: 'choose' });
  }, []);

  return { phase, choose, pick, cancel, restart };
}
