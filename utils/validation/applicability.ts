import { NEW_RULES_FROM } from '../criteria/filing-date';
import type { DossierInput } from './types';

/** Criteria added by décret 2025-500: only for requests filed from 1 October 2025. */
const NEW_CRITERIA = /^(rncp\.critere2(bis|ter)|rs\.critere1(bis|ter|quater|quinquies))\./;
/** R. 6113-10 (métiers en évolution ou en émergence): criteria 1° to 2° ter do not apply. */
const EMERGING_EXEMPT = /^rncp\.critere(1|2|2bis|2ter)\./;
const EMERGING = /émergence|R\.\s*6113-10/i;

/** Whether a catalogue field applies to this dossier beyond its repertoire (filing date, procedure). */
export function appliesToDossier(d: Pick<DossierInput, 'filedOn' | 'values'>, fieldId: string): boolean {
  if (NEW_CRITERIA.test(fieldId) && d.filedOn && d.filedOn < NEW_RULES_FROM) return false;
  const procedure = d.values['demande.procedure'];
  if (EMERGING_EXEMPT.test(fieldId) && typeof procedure === 'string' && EMERGING.test(procedure))
    return false;
  return true;
}
