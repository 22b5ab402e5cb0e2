import { radios } from '../controls/radios';
import { repeatable } from '../controls/repeatable';
import { requiredNotice, section, tabForm } from '../controls/section';
import { select } from '../controls/select';
import { textInput } from '../controls/text-input';
import { type Demande, REPERTOIRE_NAMES } from '../data/demandes';
import { CATEGORIES_RS, DUREES, NIVEAUX, PROCEDURE_RNCP, REPERTOIRES, TYPE_DEMANDE } from '../data/enums';

function certificateurs(): HTMLElement {
  return repeatable({
    key: 'certificateurs',
    title: (i) => (i === 0 ? 'Certificateur principal' : `Co-certificateur n° ${i}`),
    addLabel: 'Ajouter un co-certificateur',
    removeName: (i) => `le co-certificateur n° ${i}`,
    render: (i) => [
      textInput({
        truth: `demande.certificateurs[${i}].siret`,
        label: 'N° SIRET',
        hint: '14 chiffres, sans espace',
        required: true,
        maxlength: 14,
        inputmode: 'numeric',
      }),
      textInput({
        truth: `demande.certificateurs[${i}].nomCommercial`,
        label: 'Nom commercial (le cas échéant)',
      }),
      textInput({
        truth: `demande.certificateurs[${i}].siteInternet`,
        label: 'Site internet de l’organisme certificateur',
        labelling: 'aria-label',
        type: 'url',
        placeholder: 'https://',
      }),
    ],
  });
}

export function identificationTab(demande: Demande): HTMLElement {
  const rncp = demande.repertoire === 'RNCP';
  return tabForm(
    requiredNotice(),
    section(
      'Nature de la demande',
      radios({
        truth: 'demande.repertoire',
        label: 'Répertoire visé',
        required: true,
        options: REPERTOIRES.map((value) => ({ value, text: REPERTOIRE_NAMES[value] })),
      }),
      select({
        truth: 'demande.typeDemande',
        label: 'Nature de la demande',
        required: true,
        options: TYPE_DEMANDE,
      }),
      textInput({
        truth: 'demande.numeroFichePrecedente',
        label: 'En cas de renouvellement, code de la fiche actuellement enregistrée',
        hint: rncp ? 'Exemple : RNCP34567' : 'Exemple : RS5678',
        labelling: 'text',
        textTag: 'div',
        placeholder: rncp ? 'RNCP' : 'RS',
      }),
      rncp &&
        radios({
          truth: 'demande.procedure',
          label: 'Procédure d’instruction sollicitée',
          options: PROCEDURE_RNCP,
        }),
      rncp &&
        select({
          truth: 'demande.niveauSouhaite',
          label: 'Niveau de qualification demandé',
          hint: 'Cadre national des certifications professionnelles (niveaux 3 à 8)',
          required: true,
          options: NIVEAUX,
        }),
      !rncp &&
        select({
          truth: 'demande.categorieRS',
          label: 'Catégorie de la certification',
          hint: 'Voir la note relative au répertoire spécifique',
          options: CATEGORIES_RS,
        }),
      select({
        truth: 'demande.dureeSouhaitee',
        label: 'Durée d’enregistrement sollicitée',
        hint: '5 ans maximum ; 3 ans maximum si les données ne portent que sur une promotion',
        labelling: 'aria-labelledby',
        options: DUREES.map((value) => ({ value, text: value === '1' ? '1 an' : `${value} ans` })),
      }),
    ),
    section(
      'Certification',
      textInput({
        truth: 'fiche.intitule',
        label: 'Intitulé de la certification professionnelle',
        hint: '255 caractères maximum',
        required: true,
        maxlength: 255,
      }),
      textInput({
        truth: 'none',
        key: 'none:referenceInterne',
        label: 'Référence interne du dossier',
        hint: 'Usage interne à votre organisme, non transmis à l’instructeur',
      }),
    ),
    section('Organisme(s) certificateur(s)', certificateurs()),
  );
}
