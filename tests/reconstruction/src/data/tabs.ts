/** Tabs of a demande, in the platform's order (same set for RNCP and RS). */
export const TABS = [
  { slug: 'identification', label: 'Identification de la demande' },
  { slug: 'fiche', label: 'Fiche descriptive' },
  { slug: 'criteres', label: 'Critères' },
  { slug: 'promotions', label: 'Promotions' },
  { slug: 'partenaires', label: 'Partenaires' },
  { slug: 'correspondances', label: 'Correspondances' },
  { slug: 'pieces-jointes', label: 'Pièces jointes' },
  { slug: 'complements', label: 'Compléments demandés' },
] as const;

export type TabSlug = (typeof TABS)[number]['slug'];

export const isTabSlug = (value: string): value is TabSlug => TABS.some((tab) => tab.slug === value);
