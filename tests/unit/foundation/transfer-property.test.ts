// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDossier } from '@/utils/dossier/factory';
import { setValue } from '@/utils/dossier/paths';
import { saveDossier } from '@/utils/storage/dossier-store';
import { buildExport } from '@/utils/transfer/export';
import { importText } from '@/utils/transfer/import';
import { freshDb } from '../../helpers/db';

type Corruption =
  | { kind: 'cut'; at: number }
  | { kind: 'flip'; at: number; ch: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; len: number };

/** One random corruption of the export text: cut, character flip, insertion, deletion. */
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    ch: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
);

function corrupt(text: string, c: Corruption): string {
  const at = c.at % (text.length + 1);
  switch (c.kind) {
    case 'cut':
      return text.slice(0, at);
    case 'flip':
      return text.slice(0, at) + c.ch + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + c.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + c.len);
  }
}

describe('import of corrupted exports (property)', () => {
  it('never throws and never leaves a partial write', async () => {
    const source = freshDb();
    for (const rep of ['RNCP', 'RS'] as const) {
      let d = createDossier(rep, `Dossier ${rep}`);
      d = setValue(d, 'fiche.intitule', 'Intitulé « accentué » é');
      await saveDossier(d, 'create', source);
    }
    const text = JSON.stringify(await buildExport({}, source));
    await fc.assert(
      fc.asyncProperty(fc.array(corruption, { minLength: 1, maxLength: 3 }), async (cs) => {
        const mutated = cs.reduce(corrupt, text);
        const db = freshDb();
        const r = await importText(mutated, db);
        const count = await db.dossiers.count();
        if (r.ok) expect(count).toBe(r.imported.length);
        else {
          expect(r.errors.length).toBeGreaterThan(0);
          expect(count).toBe(0);
          expect(await db.comments.count()).toBe(0);
        }
        db.close();
      }),
      { numRuns: 150 },
    );
  });
});
