import type { Repertoire } from '../data/enums';

export const PROMOTION_KEYS = [
  'annee',
  'nombreCertifies',
  'nombreCertifiesVae',
  'tauxInsertionGlobal6mois',
  'tauxInsertionMetier6mois',
  'tauxInsertionMetier2ans',
] as const;

export type PromotionKey = (typeof PROMOTION_KEYS)[number];
/** Controlled input values, as typed (strings). */
export type PromotionRow = Partial<Record<PromotionKey, string>>;

export interface Column {
  key: PromotionKey;
  header: string;
  required?: boolean;
  rncpOnly?: boolean;
  min: number;
  max: number;
}

export const COLUMNS: Column[] = [
  { key: 'annee', header: 'Année', required: true, min: 2000, max: 2030 },
  { key: 'nombreCertifies', header: 'Nombre de titulaires', required: true, min: 0, max: 100000 },
  { key: 'nombreCertifiesVae', header: 'dont par la VAE', rncpOnly: true, min: 0, max: 100000 },
  {
    key: 'tauxInsertionGlobal6mois',
    header: 'Insertion globale à 6 mois (%)',
    required: true,
    rncpOnly: true,
    min: 0,
    max: 100,
  },
  {
    key: 'tauxInsertionMetier6mois',
    header: 'Insertion dans le métier visé à 6 mois (%)',
    rncpOnly: true,
    min: 0,
    max: 100,
  },
  {
    key: 'tauxInsertionMetier2ans',
    header: 'Insertion dans le métier visé à 2 ans (%)',
    rncpOnly: true,
    min: 0,
    max: 100,
  },
];

export const columnsFor = (repertoire: Repertoire): Column[] =>
  COLUMNS.filter((column) => repertoire === 'RNCP' || !column.rncpOnly);

export const emptyRow = (repertoire: Repertoire): PromotionRow =>
  Object.fromEntries(columnsFor(repertoire).map((column) => [column.key, '']));
