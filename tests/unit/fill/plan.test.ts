import { describe, expect, it } from 'vitest';
import { itemsToWrite, planField, planPage } from '@/utils/fill/plan';
import { dossier, state } from './helpers';

describe('pre-fill planning', () => {
  const d = dossier({
    'fiche.intitule': 'Technicien supérieur en réseaux',
    'fiche.blocs[0].libelle': 'Exploiter les éléments de l’infrastructure',
    'fiche.secteursActivite': 'x'.repeat(2100),
    'demande.niveauSouhaite': 'NIV5',
    'demande.dureeSouhaitee': '5',
    'fiche.codesRome': ['M1805', 'H1102'],
    'fiche.codesNsf': ['326n', '326r'],
    'fiche.accessiblePolynesie': 'Oui',
    'fiche.accessibleNouvelleCaledonie': 'Non',
    'fiche.voiesAcces.vae.autorise': 'Autorisé',
  });

  it('never writes a control the person cannot see, and says why', () => {
    const hidden = state({ path: 'fiche.intitule', hidden: 'dans l’onglet « Fiche », non affiché' });
    const p = planField(hidden, d);
    expect(p.decision).toBe('invisible');
    expect(p.note).toBe('dans l’onglet « Fiche », non affiché');
    expect(p.write).toBeUndefined();
    expect(itemsToWrite([p], new Set([hidden.key, 'fiche.intitule']))).toEqual([]);
    // Nothing to say about a value the page already holds, or that the dossier lacks.
    const same = state({
      path: 'fiche.intitule',
      hidden: 'x',
      value: { kind: 'text', text: 'Technicien supérieur en réseaux' },
    });
    expect(planField(same, d).decision).toBe('identique');
    expect(planField(state({ path: 'fiche.sigle', hidden: 'x' }), d).decision).toBe('sans_valeur');
  });

  it('fills an empty field and writes the dossier value', () => {
    const p = planField(state({ path: 'fiche.intitule' }), d);
    expect(p.decision).toBe('a_remplir');
    expect(p.write).toEqual({ kind: 'text', text: 'Technicien supérieur en réseaux' });
  });

  it('says identical when the page already holds the value (blanks and line breaks aside)', () => {
    const p = planField(
      state({
        path: 'fiche.intitule',
        value: { kind: 'text', text: '  Technicien supérieur en réseaux\r\n' },
      }),
      d,
    );
    expect(p.decision).toBe('identique');
    expect(p.write).toBeUndefined();
  });

  it('leaves a differing non-empty value alone unless the user ticks it', () => {
    const s = state({ path: 'fiche.intitule', value: { kind: 'text', text: 'Titre saisi à la main' } });
    const plan = planPage([s], d);
    expect(plan[0]?.decision).toBe('different');
    expect(itemsToWrite(plan, new Set())).toHaveLength(0);
    expect(itemsToWrite(plan, new Set(['fiche.intitule']))).toHaveLength(1);
  });

  it('writes a value longer than the page limit only when ticked, and says by how much', () => {
    const p = planField(
      state({ path: 'fiche.secteursActivite', limit: { limit: 2000, source: 'maxlength' } }),
      d,
    );
    expect(p.decision).toBe('trop_long');
    expect(p.note).toContain('2\u202f100 caractères pour 2\u202f000');
    expect(itemsToWrite([p], new Set())).toEqual([]);
    expect(itemsToWrite([p], new Set([p.key]))).toEqual([p]);
  });

  it('never fills an undecided or ignored field', () => {
    const undecided = state({
      path: null,
      decision: 'a_verifier',
      candidates: [{ fieldId: 'fiche.intitule', score: 0.4 }],
    });
    const ignored = state({ path: null, decision: 'ignored' });
    const plan = planPage([undecided, ignored], d);
    expect(plan.map((p) => p.decision)).toEqual(['a_verifier', 'ignore']);
    expect(plan[0]?.note).toContain('Intitulé');
    expect(itemsToWrite(plan, new Set([undecided.key, ignored.key]))).toHaveLength(0);
  });

  it('says when the dossier has no value', () => {
    expect(planField(state({ path: 'fiche.typesEmplois' }), d).decision).toBe('sans_valeur');
  });

  it('matches a select option by enum label (NIV5 → « Niveau 5 »)', () => {
    const options = ['Niveau 3', 'Niveau 4', 'Niveau 5'].map((x) => ({ value: x, label: x }));
    const p = planField(
      state({
        path: 'demande.niveauSouhaite',
        control: 'select',
        options,
        value: { kind: 'choice', value: null },
      }),
      d,
    );
    expect(p.write).toEqual({ kind: 'choice', value: 'Niveau 5' });
    expect(p.target).toBe('Niveau 5');
  });

  it('matches an option by value (« 5 » → « 5 ans ») and sees an identical choice', () => {
    const options = ['1', '3', '5'].map((x) => ({ value: x, label: `${x} ans` }));
    const p = planField(
      state({
        path: 'demande.dureeSouhaitee',
        control: 'select',
        options,
        value: { kind: 'choice', value: '5' },
      }),
      d,
    );
    expect(p.decision).toBe('identique');
  });

  it('reports an option the page does not offer', () => {
    const options = [{ value: 'Niveau 6', label: 'Niveau 6' }];
    const p = planField(
      state({
        path: 'demande.niveauSouhaite',
        control: 'select',
        options,
        value: { kind: 'choice', value: null },
      }),
      d,
    );
    expect(p.decision).toBe('option_introuvable');
  });

  it('picks the radio whose label matches (Autorisé)', () => {
    const options = [
      { value: 'Autorisé', label: 'Autorisé' },
      { value: 'Non autorisé', label: 'Non autorisé' },
    ];
    const p = planField(
      state({
        path: 'fiche.voiesAcces.vae.autorise',
        control: 'radio',
        options,
        value: { kind: 'choice', value: null },
      }),
      d,
    );
    expect(p.write).toEqual({ kind: 'choice', value: 'Autorisé' });
  });

  it('checks a checkbox for « Oui » and leaves an unchecked box for « Non »', () => {
    const yes = planField(
      state({
        path: 'fiche.accessiblePolynesie',
        control: 'checkbox',
        value: { kind: 'checked', checked: false },
      }),
      d,
    );
    const no = planField(
      state({
        path: 'fiche.accessibleNouvelleCaledonie',
        control: 'checkbox',
        value: { kind: 'checked', checked: false },
      }),
      d,
    );
    expect(yes.write).toEqual({ kind: 'checked', checked: true });
    expect(no.decision).toBe('identique');
  });

  it('selects the codes of a multiple select, and writes a list into a text input', () => {
    const options = ['F1106', 'H1102', 'M1805'].map((c) => ({ value: c, label: `${c} — métier` }));
    const multi = planField(
      state({
        path: 'fiche.codesRome',
        control: 'multiselect',
        options,
        value: { kind: 'choices', values: [] },
      }),
      d,
    );
    expect(multi.write).toEqual({ kind: 'choices', values: ['M1805', 'H1102'] });
    const text = planField(state({ path: 'fiche.codesNsf' }), d);
    expect(text.write).toEqual({ kind: 'text', text: '326n, 326r' });
    const same = planField(
      state({
        path: 'fiche.codesRome',
        control: 'multiselect',
        options,
        value: { kind: 'choices', values: ['H1102', 'M1805'] },
      }),
      d,
    );
    expect(same.decision).toBe('identique');
  });

  it('does not write into a disabled field', () => {
    expect(planField(state({ path: 'fiche.intitule', editable: false }), d).decision).toBe('non_modifiable');
  });

  it('writes a group member from its own group item', () => {
    const p = planField(state({ path: 'fiche.blocs[0].libelle' }), d);
    expect(p.write).toEqual({ kind: 'text', text: 'Exploiter les éléments de l’infrastructure' });
    expect(planField(state({ path: 'fiche.blocs[1].libelle' }), d).decision).toBe('sans_valeur');
  });

  it('puts attached files into a file input', () => {
    const withFile = {
      ...d,
      attachments: [
        {
          id: 'a1',
          fieldId: 'pieces.bulletinN3',
          name: 'b3.pdf',
          type: 'application/pdf',
          size: 5,
          documentDate: null,
          addedAt: '',
        },
      ],
    };
    const p = planField(
      state({ path: 'pieces.bulletinN3', control: 'file', value: { kind: 'files', names: [] } }),
      withFile,
    );
    expect(p.write).toEqual({ kind: 'files', attachmentIds: ['a1'], names: ['b3.pdf'] });
  });

  it('writes rich text kept as HTML into an editor as HTML, counting its plain text', () => {
    const html = dossier({ 'fiche.objectifsContexte': '<p>Première ligne</p><p>Seconde</p>' });
    const p = planField(
      state({
        path: 'fiche.objectifsContexte',
        control: 'richtext',
        limit: { limit: 22, source: 'compteur' },
      }),
      html,
    );
    expect(p.decision).toBe('a_remplir');
    expect(p.write).toMatchObject({ kind: 'text', text: 'Première ligne\nSeconde' });
  });
});
