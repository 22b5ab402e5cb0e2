import { newId } from '../dossier/factory';
import { type CertifillDb, getDb } from '../storage/db';
import { storedFile } from '../storage/file-store';
import { recordRevision } from '../storage/revision-store';
import { writeScope } from '../storage/write-scope';
import { parseImport } from './parse-import';

export type ImportResult =
  | { ok: true; imported: { id: string; name: string; renamed: boolean }[]; mappings: number }
  | { ok: false; errors: string[] };

/**
 * Imports an export file: all dossiers or none. A dossier whose id already exists here is added
 * as a copy with a new id, so an import never overwrites local work.
 */
export async function importText(text: string, db: CertifillDb = getDb()): Promise<ImportResult> {
  const check = parseImport(text);
  if (!check.ok) return check;
  const { dossiers, files, comments, mappings } = check.value;
  try {
    return await db.transaction('rw', [...writeScope(db), db.comments, db.mappings], async () => {
      const imported: { id: string; name: string; renamed: boolean }[] = [];
      for (const d of dossiers) {
        const clash = (await db.dossiers.get(d.id)) !== undefined;
        const id = clash ? newId() : d.id;
        const name = clash ? `${d.name} (importé)` : d.name;
        const attachments = [];
        for (const a of d.attachments) {
          const taken = (await db.files.get(a.id)) !== undefined;
          const meta = taken ? { ...a, id: newId() } : a;
          const blob = files.get(a.id);
          if (blob) await db.files.add(storedFile(meta, blob));
          attachments.push(meta);
        }
        const next = { ...d, id, name, attachments };
        await db.dossiers.add(next);
        await recordRevision(next, 'import', db);
        for (const c of comments.filter((x) => x.dossierId === d.id)) {
          await db.comments.put({ ...c, id: clash ? newId() : c.id, dossierId: id });
        }
        imported.push({ id, name, renamed: clash });
      }
      for (const m of mappings) await db.mappings.add({ ...m, id: undefined });
      return { ok: true as const, imported, mappings: mappings.length };
    });
  } catch (e) {
    return { ok: false, errors: [`L’enregistrement a échoué, rien n’a été importé : ${String(e)}`] };
  }
}
