// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftSync } from '@/components/editor/draft-sync';
import type { Dossier } from '@/utils/dossier/model';
import { getValue, setValue } from '@/utils/dossier/paths';
import { addDossier } from '@/utils/storage/dossier-store';
import { draftKey, writeDraft } from '@/utils/storage/drafts';
import { applyPatch, diffDossier } from '@/utils/storage/merge';
import { listRevisions } from '@/utils/storage/revision-store';
import { mutateDossier, saveDossierPatch } from '@/utils/storage/save-patch';
import { freshDb } from '../../helpers/db';

const PATHS = ['fiche.intitule', 'fiche.activitesVisees', 'fiche.blocs[0].libelle', 'fiche.blocs[1].libelle'];

type Op =
  | { kind: 'edit'; w: 0 | 1; path: number }
  | { kind: 'save'; w: 0 | 1 }
  | { kind: 'sync'; w: 0 | 1 }
  | { kind: 'draft'; w: 0 | 1 }
  | { kind: 'capture'; path: number };

const writer = fc.constantFrom(0 as const, 1 as const);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), w: writer, path: fc.nat(PATHS.length - 1) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('save' as const), w: writer }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), w: writer }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('draft' as const), w: writer }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('capture' as const), path: fc.nat(PATHS.length - 1) }),
  },
);

describe('merge of two editors and the capture (property)', () => {
  it('any interleaving of field edits loses none: the last save of a field wins, every other version is in history', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 24 }), async (ops) => {
        const db = freshDb();
        const start = await addDossier('RNCP', 'Deux onglets', db);
        const names = ['editor-a', 'editor-b'];
        const editors = [new DraftSync(start), new DraftSync(start)];
        /** Each writer's last value per path, and the value of the last write that reached the database. */
        const last: Map<string, string>[] = [new Map(), new Map()];
        const captured = new Map<string, string>();
        const sync = async (w: 0 | 1) => {
          const stored = (await db.dossiers.get(start.id)) as Dossier;
          const appliedSeq = (await db.drafts.get(draftKey(start.id, names[w]!)))?.appliedSeq ?? -1;
          editors[w]!.receive(stored, appliedSeq);
        };
        const save = async (w: 0 | 1) => {
          const e = editors[w]!;
          if (!e.hasPending()) return;
          const { seq, entries, editedAt } = e.take();
          const saved = await saveDossierPatch(start.id, entries, { writer: names[w], seq, editedAt }, db);
          e.receive(saved.dossier, seq);
        };
        for (const [i, o] of ops.entries()) {
          if (o.kind === 'edit') {
            const value = `${names[o.w]} ${i}`;
            const e = editors[o.w]!;
            e.edit(setValue(e.draft, PATHS[o.path]!, value));
            last[o.w]!.set(PATHS[o.path]!, value);
          } else if (o.kind === 'save') await save(o.w);
          else if (o.kind === 'draft') {
            // The page writes its pending draft as it types; other writers merge it before theirs.
            const e = editors[o.w]!;
            if (e.hasPending())
              await writeDraft({ dossierId: start.id, writer: names[o.w]!, ...e.take() }, db);
          } else if (o.kind === 'sync') await sync(o.w);
          else {
            const value = `capture ${i}`;
            await mutateDossier(
              start.id,
              (d) => setValue(d, PATHS[o.path]!, value),
              { reason: 'capture', writer: 'capture' },
              db,
            );
            captured.set(PATHS[o.path]!, value);
          }
        }
        // Both pages save what they hold, then see what the other saved (twice: a save may bring
        // the other page's draft, which that page then sees applied).
        for (let round = 0; round < 2; round++) {
          await save(0);
          await save(1);
          await sync(0);
          await sync(1);
        }

        const stored = (await db.dossiers.get(start.id)) as Dossier;
        const history = (await listRevisions(start.id, db)).map((r) => r.snapshot);
        for (const path of PATHS) {
          const finals = [last[0]!.get(path), last[1]!.get(path), captured.get(path)].filter(
            (v): v is string => v !== undefined,
          );
          const now = getValue(stored, path);
          if (finals.length === 0) expect(now).toBe(getValue(start, path));
          else expect(finals).toContain(now);
          // Every writer's last value of the field is in the dossier or in its history.
          for (const v of finals) {
            expect(now === v || history.some((s) => getValue(s as Dossier, path) === v)).toBe(true);
          }
          // Both pages show the stored value after the last sync.
          for (const e of editors) expect(getValue(e.draft, path)).toBe(now);
        }
      }),
      {
        numRuns: 150,
        examples: [
          // Found by this property (1 run in about 1 000): a page's draft merged by the capture while
          // it had taken a stored value of another field; the page then counted that field as its
          // own edit and saved an older value over the newer one.
          [
            [
              { kind: 'edit', w: 1, path: 0 },
              { kind: 'draft', w: 1 },
              { kind: 'capture', path: 1 },
              { kind: 'draft', w: 1 },
              { kind: 'sync', w: 1 },
              { kind: 'capture', path: 1 },
              { kind: 'edit', w: 0, path: 0 },
            ],
          ],
        ],
      },
    );
  });

  it('a patch computed from two versions turns the first into the second', () => {
    const text = fc.option(fc.string({ maxLength: 6 }), { nil: null });
    const version = fc.record({
      intitule: text,
      activites: text,
      blocs: fc.array(fc.record({ libelle: text, code: text }), { maxLength: 3 }),
    });
    type Version = {
      intitule: string | null;
      activites: string | null;
      blocs: { libelle: string | null; code: string | null }[];
    };
    const build = (base: Dossier, v: Version) => {
      let d = setValue(base, 'fiche.intitule', v.intitule);
      d = setValue(d, 'fiche.activitesVisees', v.activites);
      return {
        ...d,
        groups: { ...d.groups, 'fiche.blocs': v.blocs.map((b) => ({ libelle: b.libelle, code: b.code })) },
      };
    };
    const base: Dossier = {
      id: 'x',
      name: 'x',
      repertoire: 'RNCP',
      requestKind: 'premiere',
      previousCode: null,
      filedOn: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      values: {},
      groups: {},
      attachments: [],
    };
    fc.assert(
      fc.property(version, version, (a, b) => {
        const from = build(base, a);
        const to = build(base, b);
        const { dossier, conflicts } = applyPatch(from, diffDossier(from, to));
        expect(conflicts).toEqual([]);
        expect(diffDossier(dossier, to)).toEqual([]);
      }),
    );
  });
});
