import type { SectionId } from './types';

/** Sections in the platform's order, with the French titles used in the editor. */
export const SECTIONS: readonly { id: SectionId; title: string }[] = [
  { id: 'compte', title: 'Compte de l’entité' },
  { id: 'demande', title: 'Identification de la demande' },
  { id: 'fiche', title: 'Fiche / descriptif de la certification' },
  { id: 'criteres', title: 'Critères d’enregistrement' },
  { id: 'promotions', title: 'Promotions et données d’insertion' },
  { id: 'habilitations', title: 'Partenaires et habilitations' },
  { id: 'correspondances', title: 'Correspondances' },
  { id: 'pieces', title: 'Pièces jointes' },
];

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)?.title ?? id;
}
