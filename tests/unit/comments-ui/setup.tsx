import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DbProvider } from '@/components/editor/db-context';
import type { Dossier } from '@/utils/dossier/model';
import type { CertifillDb } from '@/utils/storage/db';
import { addDossier, saveDossier, setActiveDossierId } from '@/utils/storage/dossier-store';
import { freshDb } from '../../helpers/db';
import { eventually } from '../../helpers/eventually';

/** A fresh database holding one active dossier of `repertoire` filed on `filedOn`. */
export async function dossierDb(repertoire: 'RNCP' | 'RS' = 'RNCP', filedOn: string | null = '2025-11-03') {
  const db = freshDb();
  const created = await addDossier(repertoire, `Dossier ${repertoire}`, db);
  const dossier = await saveDossier({ ...created, filedOn }, 'autosave', db);
  await setActiveDossierId(dossier.id, db);
  return { db, dossier };
}

export function renderWithDb(db: CertifillDb, ui: ReactNode) {
  localStorage.clear();
  return render(<DbProvider value={db}>{ui}</DbProvider>);
}

export type { Dossier };
export { eventually };
