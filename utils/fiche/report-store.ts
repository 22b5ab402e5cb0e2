import type { CertifillDb } from '../storage/db';
import { FicheImportReport } from './report';

const key = (dossierId: string) => `ficheImportReport:${dossierId}`;

/** Keeps the report of a dossier made from a fiche, shown on the dossier until dismissed. */
export async function saveFicheReport(db: CertifillDb, dossierId: string, report: FicheImportReport) {
  await db.settings.put({ key: key(dossierId), value: report });
}

/** The stored report, or null (none, or not readable any more). */
export async function getFicheReport(db: CertifillDb, dossierId: string): Promise<FicheImportReport | null> {
  const raw = (await db.settings.get(key(dossierId)))?.value;
  const parsed = FicheImportReport.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function dismissFicheReport(db: CertifillDb, dossierId: string): Promise<void> {
  await db.settings.delete(key(dossierId));
}
