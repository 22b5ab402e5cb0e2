import type { Repertoire } from '../catalogue';
import { type RawNode, textAt } from './raw-node';

/** One line of the fiche picker: enough to find a fiche by number or title. */
export interface FicheSummary {
  numero: string;
  intitule: string;
  repertoire: Repertoire | null;
  /** ETAT_FICHE as exported (« Publiée », « Dépubliée/Archivée »…), null when absent. */
  etat: string | null;
  actif: boolean | null;
}

export function repertoireOf(numero: string): Repertoire | null {
  if (/^RNCP\d+$/i.test(numero)) return 'RNCP';
  if (/^RS\d+$/i.test(numero)) return 'RS';
  return null;
}

export function summarize(fiche: RawNode): FicheSummary | null {
  const numero = textAt(fiche, 'NUMERO_FICHE');
  if (!numero) return null;
  const actif = textAt(fiche, 'ACTIF');
  return {
    numero: numero.toUpperCase(),
    intitule: textAt(fiche, 'INTITULE') ?? '',
    repertoire: repertoireOf(numero),
    etat: textAt(fiche, 'ETAT_FICHE'),
    actif: actif === null ? null : /^oui$/i.test(actif),
  };
}
