import type { Dossier } from '../dossier/model';
import { type ExportedDossier, type ExportFile, FORMAT, FORMAT_VERSION } from '../transfer/format';

export const GENERATOR = 'Certifill import-fiche (export open data de France compétences)';

/** A dossier made from a fiche, as an exchange file holds it (no attachments, comments or requests). */
export function exportedDossier(dossier: Dossier): ExportedDossier {
  return { ...dossier, attachments: [], comments: [], requests: [] };
}

/** A `certifill-dossiers` file of the given dossiers, as `importText` reads it. */
export function exportFileOf(dossiers: readonly Dossier[], now = new Date()): ExportFile {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    generator: GENERATOR,
    dossiers: dossiers.map(exportedDossier),
    mappings: [],
  };
}

/** The text before and after the dossiers of an exchange file, to write it one dossier at a time. */
export function exportFileFrame(now = new Date()): { head: string; tail: string } {
  const marker = '\u0000dossiers\u0000';
  const text = JSON.stringify({ ...exportFileOf([], now), dossiers: [marker] });
  const [head = '', tail = ''] = text.split(JSON.stringify(marker));
  return { head, tail };
}
