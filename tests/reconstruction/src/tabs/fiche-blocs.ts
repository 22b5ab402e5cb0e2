import { repeatable } from '../controls/repeatable';
import { richText } from '../controls/richtext';
import { textInput } from '../controls/text-input';
import { textArea } from '../controls/textarea';

/** RNCP blocs de compétences: one bloc at first, "Ajouter un bloc de compétences" appends one. */
export function blocs(): HTMLElement {
  return repeatable({
    key: 'blocs',
    title: (i) => `Bloc de compétences n° ${i + 1}`,
    addLabel: 'Ajouter un bloc de compétences',
    removeName: (i) => `le bloc de compétences n° ${i + 1}`,
    render: (i, headingId) => [
      textInput({
        truth: `fiche.blocs[${i}].code`,
        label: 'N° de bloc',
        hint: 'Format : RNCPxxxxxBCxx',
        placeholder: `RNCP00000BC0${i + 1}`,
        required: true,
      }),
      textInput({
        truth: `fiche.blocs[${i}].libelle`,
        label: 'Intitulé du bloc',
        hint: '200 caractères maximum. N’utilisez pas un nom de métier.',
        maxlength: 200,
        required: true,
      }),
      richText({
        truth: `fiche.blocs[${i}].listeCompetences`,
        label: 'Compétences du bloc',
        hint: 'Une compétence par ligne, formulée avec un verbe d’action et son contexte',
        labelledBy: [headingId],
        counter: 3000,
        required: true,
      }),
      richText({
        truth: `fiche.blocs[${i}].modalitesEvaluation`,
        label: 'Descriptif des modalités d’évaluation',
        labelledBy: [headingId],
        required: true,
      }),
      textArea({
        truth: `fiche.blocs[${i}].prerequisEntree`,
        label: 'Prérequis à l’entrée en formation du bloc (le cas échéant)',
        rows: 2,
      }),
      textArea({
        truth: `fiche.blocs[${i}].prerequisValidation`,
        label: 'Prérequis à la validation du bloc (le cas échéant)',
        labelling: 'aria-labelledby',
        labelledBy: [headingId],
        rows: 2,
      }),
    ],
  });
}
