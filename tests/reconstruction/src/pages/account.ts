import { checkbox } from '../controls/checkbox';
import { radios } from '../controls/radios';
import { requiredNotice, section } from '../controls/section';
import { textInput } from '../controls/text-input';
import { textArea } from '../controls/textarea';
import { upload } from '../controls/upload';
import { OUI_NON, TYPE_ENTITE } from '../data/enums';
import { h } from '../dom';
import { breadcrumb } from '../layout/breadcrumb';
import { BASE } from '../router';
import type { Page } from './page';

function entite(): HTMLElement {
  return section(
    'Votre entité',
    radios({
      truth: 'compte.typeEntite',
      label: 'Vous représentez',
      hint: 'Les universités et les écoles publiques ne sont pas assimilées à des ministères.',
      options: TYPE_ENTITE,
      required: true,
    }),
    radios({
      truth: 'compte.siretExiste',
      label: 'Votre entité dispose-t-elle d’un numéro SIRET ?',
      options: OUI_NON,
      inline: true,
      required: true,
    }),
    textInput({
      truth: 'compte.siret',
      label: 'SIRET',
      hint: '14 chiffres, sans espace (universités : SIRET du siège)',
      maxlength: 14,
      inputmode: 'numeric',
    }),
    textInput({
      truth: 'compte.denomination',
      label: 'Raison sociale',
      hint: 'Uniquement si votre entité n’a pas de SIRET',
    }),
    textArea({ truth: 'compte.adresse', label: 'Adresse postale de l’entité', labelling: 'text', rows: 3 }),
  );
}

function pieces(): HTMLElement {
  return section(
    'Pièces justificatives',
    upload({
      truth: 'compte.pjExistenceLegale',
      label: 'Justificatif d’existence légale',
      hint: 'Extrait Kbis de moins de 3 mois, publication au Journal officiel, décret ou arrêté de création. Format pdf, 10 Mo maximum.',
      required: true,
      multiple: false,
    }),
    upload({
      truth: 'compte.pjDelegationMandat',
      label: 'Délégation de mandat',
      hint: 'Signée par le représentant légal, datée de moins de 3 mois. Format pdf, 10 Mo maximum.',
      multiple: false,
    }),
  );
}

function coordonnees(): HTMLElement {
  return section(
    'Vos coordonnées',
    textInput({
      truth: 'compte.nom',
      label: 'Nom de naissance',
      required: true,
      autocomplete: 'family-name',
    }),
    textInput({ truth: 'compte.prenom', label: 'Prénom', required: true, autocomplete: 'given-name' }),
    textInput({
      truth: 'compte.email',
      label: 'Courriel professionnel',
      hint: 'Format attendu : nom@domaine.fr',
      type: 'email',
      required: true,
      autocomplete: 'email',
    }),
    textInput({
      truth: 'compte.telephone',
      label: 'Numéro de téléphone',
      hint: 'Format attendu : (+33) 1 22 33 44 55',
      type: 'tel',
      labelling: 'broken-for',
      autocomplete: 'tel',
    }),
    textInput({
      truth: 'none',
      key: 'none:motDePasse',
      label: 'Mot de passe',
      hint: '12 caractères minimum',
      type: 'password',
      required: true,
      autocomplete: 'new-password',
    }),
    checkbox({
      truth: 'none',
      key: 'none:cgu',
      label: 'J’accepte les conditions générales d’utilisation de la téléprocédure',
    }),
  );
}

export function accountPage(): Page {
  const status = h('div', { 'aria-live': 'polite' });
  const submit = (event: Event) => {
    event.preventDefault();
    status.replaceChildren(
      h(
        'div',
        { class: 'fr-alert fr-alert--info fr-mb-2w' },
        h('p', {}, 'Un courriel d’activation vous a été envoyé (reconstruction : aucun envoi réel).'),
      ),
    );
  };
  return {
    title: 'Création de compte — Certif Pro',
    content: [
      breadcrumb([{ text: 'Connexion', href: `${BASE}connexion` }, { text: 'Création de compte' }]),
      h('h1', { class: 'fr-h2' }, 'Créer un compte pour votre entité'),
      h(
        'p',
        {},
        'Le premier compte créé pour une entité reçoit le profil « Gestionnaire entité » ; il valide ensuite les comptes des déposants.',
      ),
      h(
        'form',
        { class: 'cp-form', novalidate: true, onsubmit: submit },
        requiredNotice(),
        entite(),
        pieces(),
        coordonnees(),
        status,
        h('button', { type: 'submit', class: 'fr-btn' }, 'Créer mon compte'),
      ),
    ],
  };
}
