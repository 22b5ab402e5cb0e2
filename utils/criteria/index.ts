export {
  allCriteria,
  criteriaFor,
  criteriaForRules,
  describeCriterion,
  effectiveFrom,
  findCriterion,
  parseRepertoire,
} from './criteria-for';
export { isIsoDate, isNewRules, NEW_RULES_FROM, parseFilingDate, todayIso } from './filing-date';
export { criterionKind, criterionLabel, numberLabel } from './labels';
export { CriteriaDataSchema, CriterionRecordSchema } from './schema';
export type * from './types';
