import type { Repertoire } from '@/utils/criteria/types';
import { BOTH_FIELDS, RNCP_FIELDS, RS_FIELDS, type Target } from './criterion-fields.data';

const EMPTY: Target = { fields: [], attachments: [] };

/** Fields and attachments to correct for criterion `number` of a dossier of `repertoire`. */
export function criterionFields(repertoire: Repertoire, number: string): Target {
  const table = repertoire === 'RNCP' ? RNCP_FIELDS : RS_FIELDS;
  return table[number] ?? BOTH_FIELDS[number] ?? EMPTY;
}

/** Whether a catalogue id designates an attachment (file) rather than a form field. */
export function isAttachmentField(id: string): boolean {
  return (
    id.startsWith('pieces.') ||
    id.endsWith('.pieces') ||
    id === 'promotions.fichierDonnees' ||
    id.startsWith('compte.pj')
  );
}
