// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanRoot } from '@/utils/matching/scan';

/**
 * Labels a French administrative form may carry that are NOT fields of the dossier. Whatever page
 * they sit on, none may be decided `auto` (a wrong fill is worse than an empty field).
 */
const DECOYS: readonly [string, string?][] = [
  ['Date de naissance', 'date'],
  ['Lieu de naissance'],
  ['Civilité'],
  ['Fonction'],
  ['Service'],
  ['Numéro de TVA intracommunautaire'],
  ['Code APE / NAF'],
  ['Code postal'],
  ['Ville'],
  ['Pays'],
  ['Adresse de facturation'],
  ['Montant des frais de certification (€)', 'number'],
  ['Tarif'],
  ['Nombre d’heures de formation', 'number'],
  ['Date de début', 'date'],
  ['Capital social'],
  ['Effectif de l’entreprise', 'number'],
  ['Chiffre d’affaires'],
  ['Numéro de déclaration d’activité (NDA)'],
  ['Logo de l’organisme', 'file'],
  ['RIB', 'file'],
  ['Mot de passe', 'password'],
  ['Code de vérification'],
  ['Commentaire'],
  ['Observations'],
  ['Message'],
  ['Objet du message'],
  ['Recherche', 'search'],
  ['Filtrer par statut'],
  ['Nombre de résultats par page', 'number'],
  ['Langue'],
  ['Statut de la demande'],
  ['Numéro de dossier'],
  ['Version'],
  ['Identifiant'],
  ['Téléphone du secrétariat', 'tel'],
  ['Nom du responsable pédagogique'],
  ['Site internet de l’OPCO', 'url'],
  ['Adresse électronique du référent handicap', 'email'],
  ['Durée de la formation (en heures)', 'number'],
  ['CV du référent pédagogique', 'file'],
];

function page(context: string): string {
  let n = 0;
  const field = ([label, type = 'text']: readonly [string, string?]) => {
    const id = `mat-input-${n++}`;
    return `<div class="fr-input-group"><label class="fr-label" for="${id}">${label}</label><input class="fr-input" type="${type}" id="${id}"></div>`;
  };
  return `${context}<form>${DECOYS.map(field).join('')}</form>`;
}

describe('labels outside the catalogue', () => {
  it.each([
    ['a request page', '<h1>Demande d’enregistrement au RNCP</h1><h2>Identification de la demande</h2>'],
    ['an RS fiche page', '<h1>Répertoire spécifique</h1><h2>Fiche</h2>'],
    ['an account page', '<h1>Créer un compte</h1><h2>Vos coordonnées</h2>'],
    ['a page without context', ''],
  ])('are never decided auto on %s', (_name, context) => {
    document.body.innerHTML = page(context);
    const auto = scanRoot(document)
      .filter((f) => f.decision === 'auto')
      .map((f) => `${f.label} → ${f.path} (${f.confidence})`);
    expect(auto).toEqual([]);
  });
});
