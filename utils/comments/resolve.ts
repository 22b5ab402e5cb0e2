import { criteriaForRules } from '@/utils/criteria/criteria-for';
import { numberLabel } from '@/utils/criteria/labels';
import type { Repertoire } from '@/utils/criteria/types';
import { equivalentNumber, existsIn } from './equivalence';
import type { ExplicitRef } from './explicit-refs';

/** An explicit reference turned into a criterion number of the dossier's repertoire. */
export interface ResolvedRef {
  number: string;
  ref: ExplicitRef;
  /** French remarks on the resolution (numbering of the other repertoire, item not yet applicable…). */
  notes: string[];
}

export interface Resolution {
  resolved: ResolvedRef[];
  /** "R. 6113-8-1" cited without its 1°, 2° or 3°: only the refusal grounds are candidates. */
  refusalOnly: boolean;
}

function other(repertoire: Repertoire): Repertoire {
  return repertoire === 'RNCP' ? 'RS' : 'RNCP';
}

function mapScheme(ref: ExplicitRef, repertoire: Repertoire, notes: string[]): string | undefined {
  const { scheme, number } = ref;
  if (scheme === 'both') return number;
  if (number === 'L6313-3') return repertoire === 'RS' ? '1 ter' : undefined;
  const from: Repertoire =
    scheme === 'dossier' ? (existsIn(repertoire, number) ? repertoire : other(repertoire)) : scheme;
  if (!existsIn(from, number)) return undefined;
  if (from === repertoire) return number;
  const mapped = equivalentNumber(number, from, repertoire);
  if (mapped) {
    notes.push(
      `le ${numberLabel(number)} (${from}) correspond au ${numberLabel(mapped)} pour une demande ${repertoire}`,
    );
  }
  return mapped;
}

/** Resolves explicit references for a dossier of `repertoire` examined under the new (true) or previous rules. */
export function resolveRefs(
  refs: readonly ExplicitRef[],
  repertoire: Repertoire,
  newRules: boolean,
): Resolution {
  const applicable = new Set(criteriaForRules(repertoire, newRules).map((c) => c.number));
  const resolved: ResolvedRef[] = [];
  let refusalOnly = false;
  for (const ref of refs) {
    if (ref.number === '*') continue;
    if (ref.number === 'R6113-8-1') {
      refusalOnly = true;
      continue;
    }
    const notes: string[] = [];
    let number = ref.number === 'II' ? undefined : mapScheme(ref, repertoire, notes);
    if (ref.number === 'II') {
      number = repertoire === 'RNCP' || !newRules ? '1' : '1 bis';
      notes.push('le II de l’article porte sur les promotions de titulaires prises en compte');
    }
    if (!number || resolved.some((r) => r.number === number)) continue;
    if (!applicable.has(number)) {
      notes.push(
        `le ${numberLabel(number)} ne s’applique qu’aux demandes déposées à partir du 1ᵉʳ octobre 2025`,
      );
    }
    resolved.push({ number, ref, notes });
  }
  return { resolved, refusalOnly };
}
