import { describe, expect, it } from 'vitest';
import { captureDiff, pageToDossier } from '@/utils/fill/capture';
import { missingOnPage } from '@/utils/fill/missing';
import { dossier, state } from './helpers';

describe('capture: page values back into the dossier', () => {
  const d = dossier({
    'fiche.intitule': 'Technicien supérieur en réseaux',
    'demande.niveauSouhaite': 'NIV5',
    'fiche.objectifsContexte': '<p>Contexte</p><p>Deuxième paragraphe</p>',
    'fiche.codesRome': ['M1805'],
    'promotions[0].annee': 2024,
  });

  it('keeps the dossier’s spelling: enum codes, numbers, lists, Oui/Non', () => {
    const niveau = state({
      path: 'demande.niveauSouhaite',
      control: 'select',
      options: [{ value: 'Niveau 6', label: 'Niveau 6' }],
      value: { kind: 'choice', value: 'Niveau 6' },
    });
    expect(pageToDossier(niveau)).toBe('NIV6');
    expect(pageToDossier(state({ path: 'promotions[0].annee', value: { kind: 'text', text: '2025' } }))).toBe(
      2025,
    );
    expect(
      pageToDossier(state({ path: 'fiche.codesNsf', value: { kind: 'text', text: '326n, 326r' } })),
    ).toEqual(['326n', '326r']);
    expect(
      pageToDossier(
        state({
          path: 'fiche.accessiblePolynesie',
          control: 'checkbox',
          value: { kind: 'checked', checked: true },
        }),
      ),
    ).toBe('Oui');
    expect(
      pageToDossier(
        state({ path: 'pieces.referentiel', control: 'file', value: { kind: 'files', names: ['a.pdf'] } }),
      ),
    ).toBeUndefined();
  });

  it('lists only differences, one line per field, and never suggests erasing a dossier value', () => {
    const lines = captureDiff(
      [
        state({ path: 'fiche.intitule', value: { kind: 'text', text: 'Technicien supérieur en réseaux ' } }),
        state({
          path: 'fiche.objectifsContexte',
          control: 'richtext',
          value: {
            kind: 'text',
            text: 'Contexte\nDeuxième paragraphe',
            html: '<p>Contexte</p><p class="ql-align-left">Deuxième paragraphe</p>',
          },
        }),
        state({ path: 'promotions[0].annee', value: { kind: 'text', text: '2025' } }),
        state({ path: 'fiche.codesRome', control: 'multiselect', value: { kind: 'choices', values: [] } }),
        state({ path: null, decision: 'a_verifier', value: { kind: 'text', text: 'ignoré' } }),
      ],
      d,
    );
    expect(lines.map((l) => [l.path, l.dossierValue, l.value, l.suggested])).toEqual([
      ['promotions[0].annee', '2024', 2025, true],
      ['fiche.codesRome', 'M1805', null, false],
    ]);
  });

  it('brings formatting back: an editor’s lists as lists, a plain textarea’s « - » lines as a list', () => {
    const lines = captureDiff(
      [
        state({
          path: 'fiche.objectifsContexte',
          control: 'richtext',
          value: {
            kind: 'text',
            text: 'Contexte\nun',
            html: '<ol><li data-list="bullet"><span class="ql-ui"></span><strong>Contexte</strong></li><li data-list="bullet">un</li></ol>',
          },
        }),
        state({
          path: 'fiche.activitesVisees',
          control: 'textarea',
          value: { kind: 'text', text: 'Il :\n- installe\n- dépanne' },
        }),
      ],
      d,
    );
    expect(lines.map((l) => [l.path, l.dossierValue, l.value])).toEqual([
      [
        'fiche.objectifsContexte',
        'Contexte\n\nDeuxième paragraphe',
        '<ul><li><strong>Contexte</strong></li><li>un</li></ul>',
      ],
      ['fiche.activitesVisees', '', '<p>Il :</p><ul><li>installe</li><li>dépanne</li></ul>'],
    ]);
  });

  it('names the dossier values this page has no control for, within the sections it shows', () => {
    const states = [
      state({ path: 'promotions[0].annee' }),
      state({ path: 'promotions[0].nombreCertifies' }),
      state({ path: 'promotions[0].nombreCertifiesVae' }),
    ];
    const d2 = dossier({ 'promotions[0].annee': 2024, 'promotions[1].annee': 2025, 'fiche.intitule': 'X' });
    expect(missingOnPage(d2, states)).toEqual([
      { path: 'promotions[1].annee', label: 'Promotion 2 — Année de la promotion', value: '2025' },
    ]);
  });

  it('lists formatted values without a field as their plain rendering, never their tags', () => {
    const states = [
      state({ path: 'fiche.intitule' }),
      state({ path: 'fiche.objectifsContexte' }),
      state({ path: 'fiche.blocs[0].libelle' }),
    ];
    const d3 = dossier({
      'fiche.intitule': 'X',
      'fiche.objectifsContexte': '<p>Y</p>',
      'fiche.competencesAttestees':
        '<p>Deux blocs :</p><ul><li>Réseaux &amp; systèmes</li><li><em>Sécurité</em></li></ul>',
      'fiche.blocs[0].libelle': 'Administrer',
      'fiche.blocs[1].listeCompetences': '<p>Installer<br>Exploiter</p>',
    });
    const values = missingOnPage(d3, states);
    expect(values.map((v) => [v.path, v.value])).toEqual([
      ['fiche.competencesAttestees', 'Deux blocs :\n\n- Réseaux & systèmes\n- Sécurité'],
      ['fiche.blocs[1].listeCompetences', 'Installer\nExploiter'],
    ]);
  });
});
