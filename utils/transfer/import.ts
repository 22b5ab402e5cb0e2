import { newId } from '../dossier/factory';
import type { AttachmentMeta } from '../dossier/model';
import { type CertifillDb, getDb } from '../storage/db';
import { storedFile } from '../storage/file-store';
import { mergeMappings } from '../storage/mapping-store';
import { recordRevision } from '../storage/revision-store';
import { writeScope } from '../storage/write-scope';
import { type ParsedImport, parseImport } from './parse-import';

export interface ImportReport {
  imported: { id: string; name: string; renamed: boolean }[];
  /** Taught mappings added (those already known here are not added twice). */
  mappings: number;
  comments: number;
  attachments: number;
  /** What was left out or renamed, in French. */
  notes: string[];
}
export type ImportResult = ({ ok: true } & ImportReport) | { ok: false; errors: string[] };

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Writes a checked import; called inside one transaction, so any failure writes nothing. */
async function writeImport(value: ParsedImport, db: CertifillDb): Promise<ImportReport> {
  const { dossiers, files, comments, requests, mappings } = value;
  const notes = [...value.notes];
  const imported: ImportReport['imported'] = [];
  let renamedAttachments = 0;
  let renamedComments = 0;
  let commentCount = 0;
  for (const d of dossiers) {
    const clash = (await db.dossiers.get(d.id)) !== undefined;
    const id = clash ? newId() : d.id;
    const name = clash ? `${d.name} (importé)` : d.name;
    const attachments: AttachmentMeta[] = [];
    for (const a of d.attachments) {
      const taken = (await db.files.get(a.id)) !== undefined;
      const meta = taken ? { ...a, id: newId() } : a;
      if (taken) renamedAttachments++;
      const blob = files.get(a.id);
      if (blob) await db.files.add(storedFile(meta, blob));
      attachments.push(meta);
    }
    const next = { ...d, id, name, attachments };
    await db.dossiers.add(next);
    await recordRevision(next, 'import', db);
    // A request or remark id already used here: the imported one gets a new id, nothing is overwritten.
    const requestIds = new Map<string, string>();
    for (const r of requests.filter((x) => x.dossierId === d.id)) {
      const taken = (await db.requests.get(r.id)) !== undefined;
      const rid = taken ? newId() : r.id;
      requestIds.set(r.id, rid);
      await db.requests.add({ ...r, id: rid, dossierId: id });
    }
    for (const c of comments.filter((x) => x.dossierId === d.id)) {
      const taken = (await db.comments.get(c.id)) !== undefined;
      if (taken) renamedComments++;
      const requestId = requestIds.get(c.requestId) ?? c.requestId;
      await db.comments.add({ ...c, id: taken ? newId() : c.id, dossierId: id, requestId });
      commentCount++;
    }
    imported.push({ id, name, renamed: clash });
  }
  const added = await mergeMappings(mappings, db);
  if (renamedAttachments)
    notes.push(
      `${plural(renamedAttachments, 'pièce jointe', 'pièces jointes')} ajoutée(s) sous un nouvel identifiant (l’identifiant existait déjà ici).`,
    );
  if (renamedComments)
    notes.push(
      `${plural(renamedComments, 'remarque', 'remarques')} ajoutée(s) sous un nouvel identifiant (une remarque suivie ici portait le même).`,
    );
  if (mappings.length > added)
    notes.push(
      `${plural(mappings.length - added, 'correspondance de champ déjà connue', 'correspondances de champs déjà connues')} : non ajoutée(s) une seconde fois.`,
    );
  const attachmentCount = dossiers.reduce((n, d) => n + d.attachments.length, 0);
  return { imported, mappings: added, comments: commentCount, attachments: attachmentCount, notes };
}

/**
 * Imports an export file: all of it or nothing. A dossier, attachment or remark whose id already
 * exists here is added under a new id, so an import never overwrites local work; taught mappings
 * already known are not added twice.
 */
export async function importText(text: string, db: CertifillDb = getDb()): Promise<ImportResult> {
  const check = parseImport(text);
  if (!check.ok) return check;
  try {
    const report = await db.transaction(
      'rw',
      [...writeScope(db), db.comments, db.requests, db.mappings],
      () => writeImport(check.value, db),
    );
    return { ok: true, ...report };
  } catch (e) {
    return {
      ok: false,
      errors: [`L’enregistrement a échoué, rien n’a été importé : ${describeWriteError(e)}`],
    };
  }
}

function describeWriteError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
