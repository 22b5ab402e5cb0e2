import { describe, expect, it } from 'vitest';
import { isAddName, isRemoveName, mentionsGroup } from '@/utils/fill/control-words';
import { dossierItemCount, futureRows, groupCounts } from '@/utils/fill/group-plan';
import { pathLabel } from '@/utils/fill/labels';
import { dossier, state } from '../fill/helpers';

const D = dossier({
  'fiche.blocs[0].libelle': 'Administrer',
  'fiche.blocs[1].libelle': 'Exploiter',
  'fiche.blocs[1].code': 'RNCP31115BC2',
  'fiche.blocs[2].libelle': 'Assister',
  'fiche.blocs[3].libelle': '',
  'promotions[0].annee': '2024',
});

describe('repeated items beyond the page’s', () => {
  it('counts the page’s items and the dossier’s (empty items at the end are not created)', () => {
    expect(dossierItemCount(D, 'fiche.blocs')).toBe(3);
    const counts = groupCounts(
      [state({ path: 'fiche.blocs[0].libelle' }), state({ path: 'fiche.intitule' })],
      D,
    );
    expect(counts).toEqual([{ group: 'fiche.blocs', onPage: 1, inDossier: 3 }]);
  });

  it('gives each value to create a row named with its group, an invalid one marked', () => {
    const rows = futureRows(D, 'fiche.blocs', 1, true, [state({ path: 'fiche.blocs[0].libelle' })]);
    expect(rows.map((r) => [r.label, r.decision])).toEqual([
      ['Bloc 2 — Intitulé du bloc', 'a_creer'],
      ['Bloc 2 — N° du bloc (code)', 'invalide'],
    ]);
    expect(rows[1]?.key).toBe('new:fiche.blocs[1].code');
    const byHand = futureRows(D, 'fiche.blocs', 2, false, []);
    expect(byHand.map((r) => r.decision)).toEqual(['sans_ajout']);
  });

  it('shows a future item’s formatted text as it will be written, never its tags', () => {
    const rich = dossier({
      'fiche.blocs[0].libelle': 'Administrer',
      'fiche.blocs[1].listeCompetences':
        '<p>Compétences :</p><ul><li>Installer</li><li><strong>Sécuriser</strong></li></ul>',
    });
    const row = (control: 'textarea' | 'richtext') =>
      futureRows(rich, 'fiche.blocs', 1, true, [
        state({ path: 'fiche.blocs[0].listeCompetences', control }),
      ]).find((r) => r.path === 'fiche.blocs[1].listeCompetences')?.target;
    expect(row('textarea')).toBe('Compétences :\n\n- Installer\n- Sécuriser');
    expect(row('richtext')).toBe('Compétences :\nInstaller\nSécuriser');
  });

  it('names the voies d’accès by their voie', () => {
    expect(pathLabel('fiche.voiesAcces.vae.compositionJury')).toBe('Voie VAE — Composition du jury');
    expect(pathLabel('fiche.blocs[1].libelle')).toBe('Bloc 2 — Intitulé du bloc');
    // French apostrophes, and the group not named twice.
    expect(pathLabel('fiche.blocs[0].prerequisValidation')).toBe('Bloc 1 — Prérequis à la validation');
    expect(pathLabel('fiche.blocs[3].prerequisEntree')).toBe('Bloc 4 — Prérequis à l’entrée en formation');
    expect(pathLabel('compte.denomination')).not.toContain("'");
  });
});

describe('the words of the only buttons pre-fill presses', () => {
  it('knows an add control, and what is never one', () => {
    for (const yes of [
      'Ajouter un bloc',
      'Nouveau bloc',
      '+',
      '+ Ajouter une année',
      'Ajouter un co-certificateur',
    ])
      expect(isAddName(yes), yes).toBe(true);
    for (const no of [
      'Déposer la demande',
      'Enregistrer et ajouter',
      'Ajouter un document',
      'Ajouter une pièce jointe',
      'Étape suivante',
      'Supprimer',
    ])
      expect(isAddName(no), no).toBe(false);
  });

  it('knows a remove control, and which group a button speaks of', () => {
    expect(isRemoveName('Supprimer le bloc n° 3')).toBe(true);
    expect(isRemoveName('×')).toBe(true);
    expect(isRemoveName('Supprimer et déposer')).toBe(false);
    expect(mentionsGroup('Ajouter une année', 'promotions')).toBe(true);
    expect(mentionsGroup('Ajouter une année', 'fiche.blocs')).toBe(false);
  });
});
