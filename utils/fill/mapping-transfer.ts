import { z } from 'zod';
import { frenchIssues } from '../dossier/zod-fr';
import { LearnedMapping } from '../storage/records';
import { mappingErrors } from '../transfer/catalogue-check';

/** A file of taught mappings, to share between consultants. */
export const MAPPINGS_FORMAT = 'certifill-correspondances';

const SharedMapping = LearnedMapping.omit({ id: true });
const MappingsFile = z.object({
  format: z.literal(MAPPINGS_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  mappings: z.array(SharedMapping).max(5000),
});

export function buildMappingsExport(mappings: readonly LearnedMapping[], now = new Date()): string {
  const file: z.infer<typeof MappingsFile> = {
    format: MAPPINGS_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    mappings: mappings.map(({ id: _id, ...m }) => m),
  };
  return JSON.stringify(file, null, 2);
}

export type MappingsImport = { ok: true; mappings: LearnedMapping[] } | { ok: false; errors: string[] };

/** Reads a mappings file (or the `mappings` of a dossier export). Never throws; messages in French. */
export function parseMappingsImport(text: string): MappingsImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['Ce fichier n’est pas un JSON valide.'] };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format === 'certifill-dossiers') {
    const inner = z.object({ mappings: z.array(SharedMapping).default([]) }).safeParse(raw);
    if (!inner.success) return { ok: false, errors: frenchIssues(inner.error).slice(0, 20) };
    return checked(inner.data.mappings);
  }
  if (format !== MAPPINGS_FORMAT)
    return { ok: false, errors: ['Ce fichier n’est pas un export de correspondances Certifill.'] };
  const parsed = MappingsFile.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: frenchIssues(parsed.error).slice(0, 20) };
  return checked(parsed.data.mappings);
}

/** Every mapping must name a place of the catalogue (see mappingErrors). */
function checked(mappings: LearnedMapping[]): MappingsImport {
  const errors = mappingErrors(mappings);
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, mappings };
}
