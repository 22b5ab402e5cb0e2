import { describe, expect, it } from 'vitest';
import { createDossier } from '@/utils/dossier/factory';
import { Dossier } from '@/utils/dossier/model';
import { getValue, parsePath, setValue } from '@/utils/dossier/paths';
import { frenchIssues } from '@/utils/dossier/zod-fr';

describe('dossier model', () => {
  it('accepts a new dossier', () => {
    expect(Dossier.safeParse(createDossier('RNCP')).success).toBe(true);
  });

  it('rejects malformed dossiers with French messages and paths', () => {
    const bad = {
      ...createDossier('RNCP'),
      repertoire: 'RNC',
      groups: { 'fiche.blocs': [{ libelle: 'ok' }, { libelle: 'ok' }, { libelle: { x: 1 } }] },
      name: '',
    };
    const r = Dossier.safeParse(bad);
    expect(r.success).toBe(false);
    if (r.success) return;
    const msgs = frenchIssues(r.error);
    expect(msgs).toContain('repertoire : valeur attendue parmi : RNCP, RS');
    expect(msgs).toContain('name : texte trop court (1 caractère(s) au moins)');
    expect(msgs.some((m) => m.startsWith('groups.fiche.blocs[2].libelle : '))).toBe(true);
  });

  it('refuses a 5 MB text in a field', () => {
    const d = setValue(createDossier('RS'), 'fiche.activitesVisees', 'x'.repeat(5_000_000));
    const r = Dossier.safeParse(d);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(frenchIssues(r.error)[0]).toMatch(/values\.fiche\.activitesVisees : texte trop long/);
  });

  it('reads and writes group members by path, growing the group', () => {
    let d = createDossier('RNCP');
    d = setValue(d, 'fiche.blocs[2].libelle', 'Piloter un projet');
    expect(d.groups['fiche.blocs']).toHaveLength(3);
    expect(getValue(d, 'fiche.blocs[2].libelle')).toBe('Piloter un projet');
    expect(getValue(d, 'fiche.blocs[0].libelle')).toBeNull();
    expect(parsePath('fiche.blocs[2].libelle')).toMatchObject({ fieldId: 'fiche.blocs[].libelle', index: 2 });
    expect(parsePath('fiche.inconnu')).toBeNull();
  });

  it('keeps request identification at top level', () => {
    let d = createDossier('RNCP');
    d = setValue(d, 'demande.typeDemande', 'Renouvellement');
    d = setValue(d, 'demande.numeroFichePrecedente', 'RNCP12345');
    expect(d.requestKind).toBe('renouvellement');
    expect(getValue(d, 'demande.numeroFichePrecedente')).toBe('RNCP12345');
    expect(getValue(d, 'demande.repertoire')).toBe('RNCP');
  });
});
