import type { FurnitureKind } from '@/utils/comments/furniture';

/** Why a line of the letter was kept out of the remarks, as the « Ignoré » list says it. */
export const IGNORED_KIND_LABELS: Record<FurnitureKind, string> = {
  'en-tete': 'En-tête',
  adresse: 'Adresse',
  'lieu-date': 'Lieu et date',
  reference: 'Référence',
  objet: 'Objet',
  'entete-courriel': 'En-tête du courriel',
  salutation: 'Formule d’appel',
  introduction: 'Introduction',
  delai: 'Délai de réponse',
  politesse: 'Formule de politesse',
  signature: 'Signature',
  mentions: 'Mentions',
  transfert: 'Note de transfert',
};

export function ignoredKindLabel(kind: string): string {
  return IGNORED_KIND_LABELS[kind as FurnitureKind] ?? 'Ignoré';
}
