/**
 * Reads the dossiers of a `certifill-dossiers` exchange file for the readiness CLI: versions 1 (plain text),
 * 2 (formatted text as sanitized HTML) and 3 (with requests for additions, ignored here). Only what readiness needs is kept: values, groups and attachment
 * metadata (bytes are not decoded). Never throws: problems come back in French.
 */
import { z } from 'zod';
import { AttachmentMeta, DossierDto } from '../dossier/model';
import { frenchIssues } from '../dossier/zod-fr';
import { TrackedComment } from '../storage/records';
import type { ReadinessDossier } from './types';

export const FORMAT = 'certifill-dossiers';
/** Exchange versions this reader understands. */
export const READABLE_VERSIONS = [1, 2, 3] as const;

const Entry = DossierDto.extend({
  attachments: z.array(AttachmentMeta).default([]),
  comments: z.array(TrackedComment).default([]),
});

export interface ExportedForReadiness {
  dossier: ReadinessDossier;
  comments: TrackedComment[];
}

export type ReadExport = { ok: true; dossiers: ExportedForReadiness[] } | { ok: false; errors: string[] };

export function readDossierExport(text: string): ReadExport {
  if (text.trim() === '') return { ok: false, errors: ['Le fichier est vide.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['Ce fichier n’est pas un JSON valide : il est peut-être tronqué.'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: ['Ce fichier ne contient pas d’export Certifill (objet JSON attendu).'] };
  const { format, version, dossiers } = raw as { format?: unknown; version?: unknown; dossiers?: unknown };
  if (format !== FORMAT)
    return {
      ok: false,
      errors: [`Ce fichier n’est pas un export Certifill (format « ${String(format)} »).`],
    };
  if (!READABLE_VERSIONS.includes(version as 1 | 2 | 3))
    return {
      ok: false,
      errors: [
        typeof version === 'number' && version > 2
          ? `Ce fichier vient d’une version plus récente de Certifill (format ${version}) : mettez l’outil à jour.`
          : `Version de format inconnue : ${String(version)}.`,
      ],
    };
  if (!Array.isArray(dossiers)) return { ok: false, errors: ['dossiers : liste attendue'] };
  const errors: string[] = [];
  const out: ExportedForReadiness[] = [];
  dossiers.forEach((d, i) => {
    const parsed = Entry.safeParse(d);
    if (!parsed.success) {
      errors.push(...frenchIssues(parsed.error, ['dossiers', i]));
      return;
    }
    const { comments, ...dossier } = parsed.data;
    out.push({ dossier, comments });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  return { ok: true, dossiers: out };
}
