import { radios } from '../controls/radios';
import { textInput } from '../controls/text-input';
import { textArea } from '../controls/textarea';
import { OUI_NON } from '../data/enums';

/** Répertoire spécifique only: partial validation, mastery level, renewal, validity. */
export function rsValidite(): HTMLElement[] {
  return [
    radios({
      truth: 'fiche.validationPartielle',
      label: 'La certification peut-elle être obtenue par validation partielle ?',
      options: OUI_NON,
      inline: true,
    }),
    textArea({
      truth: 'fiche.validationPartiellePerimetre',
      label: 'Si oui, périmètre de la validation partielle',
      labelling: 'text',
      rows: 3,
    }),
    textArea({
      truth: 'fiche.niveauMaitriseCompetences',
      label: 'Niveau de maîtrise des compétences attendu',
      hint: 'Indiquez « Sans objet » le cas échéant',
      rows: 3,
    }),
    textArea({
      truth: 'fiche.modalitesRenouvellement',
      label: 'Modalités de renouvellement de la certification pour son titulaire',
      rows: 3,
    }),
    textInput({
      truth: 'fiche.dureeValidite',
      label: 'Durée de validité de la certification (en années)',
      hint: 'Laisser vide si la certification est valable sans limite de durée',
      type: 'number',
      min: 1,
      max: 10,
    }),
  ];
}
