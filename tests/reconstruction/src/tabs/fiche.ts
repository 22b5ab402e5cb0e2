import { checkbox } from '../controls/checkbox';
import { richText } from '../controls/richtext';
import { requiredNotice, section, tabForm } from '../controls/section';
import { textInput } from '../controls/text-input';
import { textArea } from '../controls/textarea';
import type { Demande } from '../data/demandes';
import { h } from '../dom';
import { blocs } from './fiche-blocs';
import { codes } from './fiche-codes';
import { rsValidite } from './fiche-rs';
import { voiesAcces } from './fiche-voies';

function outreMer(): HTMLElement {
  return h(
    'fieldset',
    { class: 'fr-fieldset' },
    h('legend', { class: 'fr-fieldset__legend--regular fr-fieldset__legend' }, 'Accessibilité outre-mer'),
    h(
      'div',
      { class: 'fr-fieldset__element' },
      checkbox({ truth: 'fiche.accessibleNouvelleCaledonie', label: 'Accessible en Nouvelle-Calédonie' }),
    ),
    h(
      'div',
      { class: 'fr-fieldset__element' },
      checkbox({ truth: 'fiche.accessiblePolynesie', label: 'Accessible en Polynésie française' }),
    ),
  );
}

export function ficheTab(demande: Demande): HTMLElement {
  const rncp = demande.repertoire === 'RNCP';
  return tabForm(
    requiredNotice(),
    section(
      'Présentation de la certification',
      richText({
        truth: 'fiche.objectifsContexte',
        label: 'Objectifs et contexte',
        counter: 3000,
        required: true,
      }),
      rncp &&
        richText({
          truth: 'fiche.activitesVisees',
          label: 'Activités visées par la certification',
          hint: '15\u00a0000 caractères maximum',
          labelling: 'for',
          required: true,
        }),
      richText({
        truth: 'fiche.competencesAttestees',
        label: 'Compétences attestées',
        counter: 10000,
        required: true,
      }),
      !rncp &&
        richText({
          truth: 'fiche.modalitesEvaluation',
          label: 'Modalités d’évaluation de la certification',
          hint: '5\u00a0000 caractères maximum',
          required: true,
        }),
    ),
    rncp &&
      section(
        'Blocs de compétences',
        blocs(),
        textArea({
          truth: 'fiche.modalitesAcquisitionBlocs',
          label: 'Modalités d’obtention de la certification par capitalisation des blocs ou par équivalence',
          counter: 2000,
        }),
        textArea({
          truth: 'fiche.validiteComposantes',
          label: 'Durée de validité des blocs acquis',
          labelling: 'text',
          textTag: 'div',
          rows: 2,
        }),
      ),
    rncp &&
      section(
        'Secteurs et emplois',
        textArea({
          truth: 'fiche.secteursActivite',
          label: 'Secteurs d’activités',
          counter: 2000,
          required: true,
        }),
        textArea({
          truth: 'fiche.typesEmplois',
          label: 'Types d’emplois accessibles',
          hint: 'Intitulés des emplois occupés par les titulaires',
          required: true,
        }),
      ),
    section('Codes de référence', codes(demande)),
    section(
      'Réglementation et prérequis',
      textArea({
        truth: 'fiche.reglementationsActivites',
        label: 'Références juridiques des réglementations d’activité',
      }),
      textArea({
        truth: 'fiche.prerequisEntreeFormation',
        label: 'Le cas échéant, prérequis à l’entrée en formation',
      }),
      textArea({
        truth: 'fiche.prerequisValidation',
        label: 'Le cas échéant, prérequis à la validation de la certification',
      }),
    ),
    section('Voies d’accès', voiesAcces(demande)),
    !rncp && section('Validation et validité', rsValidite()),
    section(
      'Informations complémentaires',
      textInput({
        truth: 'fiche.lienUrlDescription',
        label: 'Lien vers la présentation de la certification sur votre site',
        labelling: 'aria-label',
        type: 'url',
        placeholder: 'https://www.exemple.fr/certification',
      }),
      textInput({
        truth: 'fiche.idcc',
        label: 'Conventions collectives concernées (IDCC)',
        hint: 'Codes IDCC séparés par une virgule',
      }),
      rncp && outreMer(),
    ),
  );
}
