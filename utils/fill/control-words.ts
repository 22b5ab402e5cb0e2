import type { GroupId } from '../catalogue';
import { foldOption } from './normalise';

/**
 * What the words of a page's button say (its text, title or aria-label), for the only two kinds
 * of buttons pre-fill may press: a group's add control and a created item's remove control.
 * Anything that saves, files, sends, deletes outside an item or navigates is never pressed.
 */

const ADD =
  /(^|[^\p{L}])(ajouter|ajout|nouvel|nouvelle|nouveau|creer|add|new)([^\p{L}]|$)|^\+|^\+\s|\s\+$|^＋/u;
const REMOVE =
  /(^|[^\p{L}])(supprimer|retirer|enlever|effacer|remove|delete)([^\p{L}]|$)|^[×✕✖x]$|corbeille/u;
/** Never pressed, whatever else the words say. */
const FORBIDDEN =
  /(^|[^\p{L}])(enregistrer|sauvegarder|valider|deposer|depot|envoyer|soumettre|transmettre|publier|suivant|suivante|precedent|precedente|retour|annuler|rechercher|importer|telecharger|imprimer|connexion|deconnexion|submit|save|send|next|previous)([^\p{L}]|$)/u;

/** An « Ajouter » that adds something else than an item: a file, a link, a comment. */
const ADDS_OTHER =
  /(^|[^\p{L}])(fichier|fichiers|document|documents|piece|pieces|photo|image|lien|commentaire|favori|favoris|filtre)([^\p{L}]|$)/u;

/** Words naming one item of each group, as pages write them (« Ajouter une année », « Nouvel organisme »). */
const GROUP_WORDS: Record<GroupId, RegExp> = {
  'fiche.blocs': /\bbloc/u,
  promotions: /\b(promotion|annee|ligne|session)/u,
  partenaires: /\b(partenaire|organisme|ligne)/u,
  'demande.certificateurs': /\b(certificateur|co-certificateur|organisme)/u,
  corresp: /\b(correspondance|equivalence)/u,
};

const words = (name: string) => foldOption(name);

export const isAddName = (name: string): boolean => {
  const w = words(name);
  return ADD.test(w) && !FORBIDDEN.test(w) && !ADDS_OTHER.test(w);
};

export const isRemoveName = (name: string): boolean =>
  REMOVE.test(words(name)) && !FORBIDDEN.test(words(name));

export const mentionsGroup = (name: string, group: GroupId): boolean => GROUP_WORDS[group].test(words(name));
