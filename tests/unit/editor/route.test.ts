import { describe, expect, it } from 'vitest';
import { dossierHash, fieldDomId, fieldHash, parseRoute, sectionHash } from '@/components/editor/route';

describe('editor deep links', () => {
  it('reads the list, a dossier, a tab, a section and a field', () => {
    expect(parseRoute('')).toEqual({ view: 'list' });
    expect(parseRoute('#/')).toEqual({ view: 'list' });
    expect(parseRoute('#/inconnu')).toEqual({ view: 'list' });
    expect(parseRoute('#/dossier/abc')).toEqual({
      view: 'dossier',
      id: 'abc',
      tab: 'saisie',
      field: null,
      section: null,
    });
    expect(parseRoute('#/dossier/abc/historique')).toMatchObject({ id: 'abc', tab: 'historique' });
    expect(parseRoute('#/dossier/abc/section/fiche')).toMatchObject({ section: 'fiche', field: null });
    expect(parseRoute('#/dossier/abc/champ/fiche.intitule')).toMatchObject({
      id: 'abc',
      field: 'fiche.intitule',
    });
  });

  it('decodes the encoded paths the popup and the background write', () => {
    const path = 'fiche.blocs[2].libelle';
    const hash = `#/dossier/d-1/champ/${encodeURIComponent(path)}`;
    expect(parseRoute(hash)).toMatchObject({ id: 'd-1', field: path });
    expect(parseRoute(fieldHash('d-1', path))).toMatchObject({ id: 'd-1', field: path });
    expect(parseRoute('#/dossier/d-1/champ/fiche.blocs[2].libelle')).toMatchObject({ field: path });
  });

  it('survives malformed escapes', () => {
    expect(parseRoute('#/dossier/%E0%A4%A')).toEqual({ view: 'list' });
    expect(parseRoute('#/dossier/abc/champ/%E0%A4%A')).toMatchObject({ id: 'abc', field: null });
  });

  it('builds hashes that parse back', () => {
    expect(parseRoute(dossierHash('x y'))).toMatchObject({ id: 'x y', tab: 'saisie' });
    expect(parseRoute(dossierHash('x', 'historique'))).toMatchObject({ tab: 'historique' });
    expect(parseRoute(sectionHash('x', 'pieces'))).toMatchObject({ section: 'pieces' });
  });

  it('gives every field a stable, distinct DOM id', () => {
    expect(fieldDomId('fiche.blocs[2].libelle')).toBe('champ-fiche-blocs-2-libelle');
    expect(fieldDomId('fiche.intitule')).toBe('champ-fiche-intitule');
    const ids = ['fiche.blocs[1].code', 'fiche.blocs[11].code', 'fiche.blocs[1].libelle'].map(fieldDomId);
    expect(new Set(ids).size).toBe(3);
  });
});
