import { newId } from '../dossier/factory';
import { Dossier } from '../dossier/model';
import { frenchIssues } from '../dossier/zod-fr';
import { withRichTexts } from '../richtext/dossier-texts';
import type { ComplementRequest, LearnedMapping, TrackedComment } from '../storage/records';
import { requestsFromComments } from '../storage/requests-upgrade';
import { base64ToBytes } from './base64';
import { keepCatalogueFields, mappingErrors } from './catalogue-check';
import { ExportFile, FORMAT, FORMAT_VERSION, MAX_IMPORT_BYTES, READABLE_VERSIONS } from './format';

export interface ParsedImport {
  dossiers: Dossier[];
  /** Attachment bytes by attachment id. */
  files: Map<string, Blob>;
  comments: TrackedComment[];
  /** Requests for additions; those of remarks from files before version 3 are derived from the remarks. */
  requests: ComplementRequest[];
  mappings: LearnedMapping[];
  /** What was left out or renamed, in French (the import goes on). */
  notes: string[];
}
export type ImportCheck = { ok: true; value: ParsedImport } | { ok: false; errors: string[] };

const fail = (...errors: string[]): ImportCheck => ({ ok: false, errors });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Checks the envelope first so that a wrong file gets one clear message rather than a list. */
function checkEnvelope(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return 'Ce fichier ne contient pas d’export Certifill (objet JSON attendu).';
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== FORMAT) return `Ce fichier n’est pas un export Certifill (format « ${String(format)} »).`;
  if (typeof version === 'number' && version > FORMAT_VERSION)
    return `Ce fichier vient d’une version plus récente de Certifill (format ${version}, cette version lit le format ${FORMAT_VERSION}). Mettez l’extension à jour puis réessayez.`;
  if (!READABLE_VERSIONS.includes(version as 1 | 2 | 3))
    return `Version de format inconnue : ${String(version)}.`;
  return null;
}

/**
 * Validates an export file's text. Never throws: every problem comes back in French with its path.
 * Nothing is written here; see importIntoDb for the all-or-nothing write.
 */
export function parseImport(text: string): ImportCheck {
  if (text.length > MAX_IMPORT_BYTES) return fail('Fichier trop volumineux (200 Mo au plus).');
  if (text.trim() === '') return fail('Le fichier est vide.');
  const json = parseJson(text);
  if (!json.ok)
    return fail(
      'Ce fichier n’est pas un JSON valide : il est peut-être tronqué ou ce n’est pas un export Certifill.',
    );
  const envelope = checkEnvelope(json.value);
  if (envelope) return fail(envelope);
  const parsed = ExportFile.safeParse(json.value);
  if (!parsed.success) return fail(...frenchIssues(parsed.error).slice(0, 50));
  const errors: string[] = mappingErrors(parsed.data.mappings);
  const dossiers: Dossier[] = [];
  const files = new Map<string, Blob>();
  const unknown: string[] = [];
  const seenAttachments = new Set<string>();
  let renamedAttachments = 0;
  parsed.data.dossiers.forEach((d, i) => {
    const attachments = d.attachments.flatMap(({ data, ...meta }, j) => {
      const bytes = base64ToBytes(data);
      const where = `dossiers[${i}].attachments[${j}]`;
      if (!bytes) errors.push(`${where}.data : contenu base64 invalide`);
      else if (bytes.length !== meta.size)
        errors.push(`${where}.data : ${bytes.length} octets lus, ${meta.size} annoncés (fichier tronqué ?)`);
      else {
        // The same id twice in one file: the second piece gets its own id, both are kept.
        const id = seenAttachments.has(meta.id) ? newId() : meta.id;
        if (id !== meta.id) renamedAttachments++;
        seenAttachments.add(id);
        files.set(id, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.type }));
        return [{ ...meta, id }];
      }
      return [];
    });
    const { comments: _c, requests: _r, ...rest } = d;
    // Formatted text sanitized at the boundary; plain texts of version 1 become formatted text.
    const checked = Dossier.safeParse(withRichTexts({ ...rest, attachments }));
    if (!checked.success) {
      errors.push(...frenchIssues(checked.error, ['dossiers', i]));
      return;
    }
    const known = keepCatalogueFields(checked.data, `dossiers[${i}]`);
    unknown.push(...known.unknown);
    dossiers.push(known.dossier);
  });
  const ids = new Set<string>();
  for (const d of dossiers) {
    if (ids.has(d.id)) errors.push(`dossiers : identifiant en double « ${d.id} »`);
    ids.add(d.id);
  }
  if (errors.length) return fail(...errors.slice(0, 50));
  const seenComments = new Set<string>();
  let renamedComments = 0;
  const comments = parsed.data.dossiers.flatMap((d) =>
    d.comments.map((c) => {
      const id = seenComments.has(c.id) ? newId() : c.id;
      if (id !== c.id) renamedComments++;
      seenComments.add(id);
      return { ...c, id, dossierId: d.id, answer: c.answer ?? '' };
    }),
  );
  const requests = parsed.data.dossiers.flatMap((d) => {
    const own = d.requests.map((r) => ({ ...r, dossierId: d.id }));
    const known = new Set(own.map((r) => r.id));
    const orphans = comments.filter((c) => c.dossierId === d.id && !known.has(c.requestId));
    return [...own, ...requestsFromComments(orphans)];
  });
  const notes = [
    ...(unknown.length
      ? [
          `Champs inconnus de Certifill, laissés de côté : ${unknown.slice(0, 20).join(', ')}${unknown.length > 20 ? ` et ${unknown.length - 20} autres` : ''}.`,
        ]
      : []),
    ...(renamedAttachments
      ? [
          `${renamedAttachments} pièce(s) jointe(s) portant un identifiant déjà utilisé dans le fichier ont reçu un nouvel identifiant.`,
        ]
      : []),
    ...(renamedComments
      ? [
          `${renamedComments} remarque(s) portant un identifiant déjà utilisé dans le fichier ont reçu un nouvel identifiant.`,
        ]
      : []),
  ];
  return { ok: true, value: { dossiers, files, comments, requests, mappings: parsed.data.mappings, notes } };
}
