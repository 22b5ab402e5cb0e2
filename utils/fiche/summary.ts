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
  /** Byte offset of the fiche in the export's XML, when the reading noted it. */
  offset?: number | null;
}

export function repertoireOf(numero: string): Repertoire | null {
  if (/^RNCP\d+$/i.test(numero)) return 'RNCP';
  if (/^RS\d+$/i.test(numero)) return 'RS';
  return null;
}

/**
 * A copy of a string that holds nothing else: the parser's strings can be slices of the chunk they
 * were read in, and an index of thousands of titles would keep every chunk alive.
 */
function own(s: string): string;
function own(s: string | null): string | null;
function own(s: string | null): string | null {
  return s === null ? null : (JSON.parse(JSON.stringify(s)) as string);
}

export function summarize(fiche: RawNode): FicheSummary | null {
  const numero = textAt(fiche, 'NUMERO_FICHE');
  if (!numero) return null;
  const actif = textAt(fiche, 'ACTIF');
  return {
    numero: own(numero.toUpperCase()),
    intitule: own(textAt(fiche, 'INTITULE') ?? ''),
    repertoire: repertoireOf(numero),
    etat: own(textAt(fiche, 'ETAT_FICHE')),
    actif: actif === null ? null : /^oui$/i.test(actif),
  };
}
