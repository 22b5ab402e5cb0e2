import type { Repertoire } from './enums';

export interface Demande {
  id: string;
  repertoire: Repertoire;
  statut: string;
  statutTone: 'info' | 'warning' | 'success' | 'new';
  modifieeLe: string;
  deposant: string;
}

/** The two demandes of the reconstruction (fictitious organisation). */
export const DEMANDES: Record<string, Demande> = {
  '48213': {
    id: '48213',
    repertoire: 'RNCP',
    statut: 'Demande de compléments',
    statutTone: 'warning',
    modifieeLe: '12/03/2026',
    deposant: 'Organisme Exemple de Formation (SIRET 000 000 000 00018)',
  },
  '48377': {
    id: '48377',
    repertoire: 'RS',
    statut: 'Demande de compléments',
    statutTone: 'warning',
    modifieeLe: '02/03/2026',
    deposant: 'Organisme Exemple de Formation (SIRET 000 000 000 00018)',
  },
};

export const REPERTOIRE_NAMES: Record<Repertoire, string> = {
  RNCP: 'Répertoire national des certifications professionnelles (RNCP)',
  RS: 'Répertoire spécifique (RS)',
};
