import { CRITERIA_DATA } from './criteria.data';
import { isNewRules, NEW_RULES_FROM } from './filing-date';
import { criterionKind, numberLabel } from './labels';
import type { ApplicableCriterion, CriterionRecord, Repertoire } from './types';

/** All entries of the domain file (RNCP, RS, refusal grounds, admissibility). */
export function allCriteria(): readonly CriterionRecord[] {
  return CRITERIA_DATA;
}

/** Checks a repertoire name; throws a RangeError with a French message otherwise. */
export function parseRepertoire(value: string): Repertoire {
  const upper = value.trim().toUpperCase();
  if (upper === 'RNCP' || upper === 'RS') return upper;
  throw new RangeError(`Répertoire inconnu : « ${value} » (valeurs possibles : RNCP, RS).`);
}

/**
 * First filing date from which an entry exists. The refusal grounds of R. 6113-8-1 were created by
 * décret n° 2025-500 and apply, like the new criteria, to requests filed from 1 October 2025.
 */
export function effectiveFrom(record: CriterionRecord): string | undefined {
  if (record.appliesFrom) return record.appliesFrom;
  return criterionKind(record.number) === 'refusal' ? NEW_RULES_FROM : undefined;
}

function cleanPrevious(wording: string): string {
  return wording.replace(/\s*\(version 2021[–-]2025\)\s*$/, '').trim();
}

/** The entry as it reads for a request examined under the new (true) or previous (false) rules. */
export function describeCriterion(record: CriterionRecord, newRules: boolean): ApplicableCriterion {
  const previous = !newRules && record.previousWording !== undefined;
  return {
    repertoire: record.repertoire,
    number: record.number,
    kind: criterionKind(record.number),
    title: record.title,
    wording: previous && record.previousWording ? cleanPrevious(record.previousWording) : record.fullText,
    wordingVersion: previous ? 'previous' : 'current',
    label: numberLabel(record.number),
    keywords: record.keywords,
    ...(record.notApplicableTo ? { notApplicableTo: record.notApplicableTo } : {}),
  };
}

const cache = new Map<string, readonly ApplicableCriterion[]>();

/**
 * Criteria applicable to a dossier of `repertoire` filed on `filedOn` (YYYY-MM-DD; default: today's rules).
 * Requests filed from 1 October 2025 get the wording in force since 9 June 2025, including RNCP 2° bis / 2° ter,
 * RS 1° bis … 1° quinquies and the refusal grounds of R. 6113-8-1; earlier requests get `previousWording`
 * where there is one. Includes the entries common to both repertoires (refusal grounds, admissibility).
 */
export function criteriaFor(repertoire: Repertoire, filedOn?: string): readonly ApplicableCriterion[] {
  return criteriaForRules(repertoire, isNewRules(filedOn));
}

/** Same as `criteriaFor`, with the rule set given directly (true = requests filed from 1 October 2025). */
export function criteriaForRules(repertoire: Repertoire, newRules: boolean): readonly ApplicableCriterion[] {
  const rep = parseRepertoire(repertoire);
  const key = `${rep}|${newRules}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const list = CRITERIA_DATA.filter((r) => r.repertoire === rep || r.repertoire === 'both')
    .filter((r) => effectiveFrom(r) === undefined || newRules)
    .map((r) => describeCriterion(r, newRules));
  cache.set(key, list);
  return list;
}

/**
 * One entry of the repertoire (or common to both) by number, worded for the filing date.
 * With `evenIfNotYetApplicable`, an item that only exists under the new rules is returned with its current wording.
 */
export function findCriterion(
  repertoire: Repertoire,
  number: string,
  filedOn?: string,
  evenIfNotYetApplicable = false,
): ApplicableCriterion | undefined {
  const found = criteriaFor(repertoire, filedOn).find((c) => c.number === number);
  if (found || !evenIfNotYetApplicable) return found;
  const record = CRITERIA_DATA.find(
    (r) => r.number === number && (r.repertoire === repertoire || r.repertoire === 'both'),
  );
  return record ? describeCriterion(record, true) : undefined;
}
