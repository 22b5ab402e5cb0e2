// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DraftSync } from '@/components/editor/draft-sync';
import type { Dossier } from '@/utils/dossier/model';
import { setValue } from '@/utils/dossier/paths';
import { addDossier } from '@/utils/storage/dossier-store';
import { draftKey, writeDraft } from '@/utils/storage/drafts';
import { listRevisions } from '@/utils/storage/revision-store';
import { mutateDossier, saveDossierPatch } from '@/utils/storage/save-patch';
import { freshDb } from '../../helpers/db';

const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 10, 0, s));

describe('two pages on one field', () => {
  it('the later edit wins even when the earlier one is saved last; the other stays in history', async () => {
    const db = freshDb();
    const start = await addDossier('RNCP', 'Deux onglets', db);
    const a = new DraftSync(start);
    const b = new DraftSync(start);
    a.edit(setValue(a.draft, 'compte.prenom', 'Prénom A'), at(1));
    b.edit(setValue(b.draft, 'compte.prenom', 'Prénom B'), at(2));
    // B's page wrote its pending draft as it typed; A's autosave runs first.
    await writeDraft({ dossierId: start.id, writer: 'b', ...b.take() }, db);
    const taken = a.take();
    const saved = await saveDossierPatch(
      start.id,
      taken.entries,
      { writer: 'a', seq: taken.seq, editedAt: taken.editedAt },
      db,
    );
    expect(saved.dossier.values['compte.prenom']).toBe('Prénom B');
    // A's page shows B's value, and says so.
    expect(a.receive(saved.dossier, taken.seq)).toEqual([
      { slot: 'value:compte.prenom', kind: 'replaced', other: 'Prénom A' },
    ]);
    expect(a.draft.values['compte.prenom']).toBe('Prénom B');
    const history = (await listRevisions(start.id, db)).map((r) => r.snapshot.values['compte.prenom']);
    expect(history).toContain('Prénom A');
    expect((await db.drafts.get(draftKey(start.id, 'b')))?.appliedSeq).toBe(1);
  });

  it('a page keeps its newer edit over a stored change and says the other version is kept in history', () => {
    const empty: Dossier = {
      id: 'x',
      name: 'x',
      repertoire: 'RNCP',
      requestKind: 'premiere',
      previousCode: null,
      filedOn: null,
      createdAt: at(0).toISOString(),
      updatedAt: at(0).toISOString(),
      values: {},
      groups: {},
      attachments: [],
    };
    const start = setValue(empty, 'compte.nom', 'Ancien');
    const page = new DraftSync(start);
    page.edit(setValue(page.draft, 'compte.nom', 'Tapé ici'));
    const elsewhere = { ...setValue(start, 'compte.nom', 'Écrit ailleurs'), updatedAt: at(5).toISOString() };
    expect(page.receive(elsewhere, -1)).toEqual([
      { slot: 'value:compte.nom', kind: 'kept', other: 'Écrit ailleurs' },
    ]);
    expect(page.draft.values['compte.nom']).toBe('Tapé ici');
    expect(page.pending().map((e) => [e.slot, e.base, e.value])).toEqual([
      ['value:compte.nom', 'Écrit ailleurs', 'Tapé ici'],
    ]);
  });

  it('a capture while the editor types keeps both: the capture’s field and the typed one', async () => {
    const db = freshDb();
    const start = await addDossier('RNCP', 'Capture', db);
    const page = new DraftSync(start);
    page.edit(setValue(page.draft, 'fiche.intitule', 'Tapé dans l’éditeur'));
    await writeDraft({ dossierId: start.id, writer: 'editor', ...page.take() }, db);
    const captured = await mutateDossier(
      start.id,
      (d) => setValue(d, 'compte.nom', 'Lu sur la page'),
      { reason: 'capture', writer: 'capture' },
      db,
    );
    // The capture merged the pending draft first: the dossier holds both.
    expect(captured.dossier.values).toMatchObject({
      'fiche.intitule': 'Tapé dans l’éditeur',
      'compte.nom': 'Lu sur la page',
    });
    const applied = (await db.drafts.get(draftKey(start.id, 'editor')))?.appliedSeq ?? -1;
    expect(page.receive(captured.dossier, applied)).toEqual([]);
    expect(page.draft.values).toMatchObject({
      'fiche.intitule': 'Tapé dans l’éditeur',
      'compte.nom': 'Lu sur la page',
    });
    expect(page.hasPending()).toBe(false);
  });

  it('a page typing on while another writer merged its draft: no conflict with its own older text, none lost', async () => {
    const db = freshDb();
    const start = await addDossier('RNCP', 'Frappe continue', db);
    const page = new DraftSync(start);
    const other = new DraftSync(start);
    page.edit(setValue(page.draft, 'fiche.intitule', 'Intitulé tap'), at(1));
    await writeDraft({ dossierId: start.id, writer: 'page', ...page.take() }, db);
    // The page types on; the other page's save merges the page's draft (its older text) first.
    page.edit(setValue(page.draft, 'fiche.intitule', 'Intitulé tapé en entier'), at(2));
    other.edit(setValue(other.draft, 'compte.nom', 'Nom'), at(3));
    const o = other.take();
    await saveDossierPatch(start.id, o.entries, { writer: 'other', seq: o.seq, editedAt: o.editedAt }, db);
    // The page's own autosave, from the base it had: the stored slot holds its older text.
    const taken = page.take();
    const saved = await saveDossierPatch(
      start.id,
      taken.entries,
      { writer: 'page', seq: taken.seq, editedAt: taken.editedAt },
      db,
    );
    expect(saved.conflicts.map((c) => c.replaced)).toEqual(['Intitulé tap']);
    expect(saved.conflicts.filter((c) => !page.sentBefore(c.slot, c.replaced))).toEqual([]);
    expect(page.receive(saved.dossier, taken.seq)).toEqual([]);
    expect(saved.dossier.values).toMatchObject({
      'fiche.intitule': 'Intitulé tapé en entier',
      'compte.nom': 'Nom',
    });
  });

  it('a page that took another field from a stored version never saves it as its own edit', async () => {
    const db = freshDb();
    const start = await addDossier('RNCP', 'Champ d’un autre', db);
    const page = new DraftSync(start);
    const other = new DraftSync(start);
    const otherSaves = async (text: string, s: number) => {
      other.edit(setValue(other.draft, 'fiche.intitule', text), at(s));
      const t = other.take();
      return (
        await saveDossierPatch(start.id, t.entries, { writer: 'other', seq: t.seq, editedAt: t.editedAt }, db)
      ).dossier;
    };
    const appliedOf = async () => (await db.drafts.get(draftKey(start.id, 'page')))?.appliedSeq ?? -1;
    page.receive(await otherSaves('Version 1', 1), -1);
    // The page types its own field; its draft is taken while the intitulé reads « Version 1 »…
    page.edit(setValue(page.draft, 'compte.nom', 'Nom tapé'), at(2));
    const draft = page.take();
    // …the page takes « Version 2 » before its draft reaches the table…
    page.receive(await otherSaves('Version 2', 3), await appliedOf());
    await writeDraft({ dossierId: start.id, writer: 'page', ...draft }, db);
    // …and « Version 3 » comes with its draft merged (by the other page's save).
    page.receive(await otherSaves('Version 3', 4), await appliedOf());
    expect(await appliedOf()).toBe(draft.seq);
    expect(page.draft.values['fiche.intitule']).toBe('Version 3');
    expect(page.draft.values['compte.nom']).toBe('Nom tapé');
    expect(page.pending().map((e) => e.slot)).not.toContain('value:fiche.intitule');
  });
});
