import type { Revision } from '@/utils/storage/records';

/** French wording of why a revision was recorded. */
export const REVISION_REASONS: Record<Revision['reason'], string> = {
  create: 'Création',
  autosave: 'Enregistrement automatique',
  import: 'Import',
  capture: 'Capture depuis la page',
  restore: 'Restauration',
  prefill: 'Pré-remplissage de la page',
  rename: 'Renommage',
};
