export { filingDateOf, readinessContext } from './context';
export { evaluateReadiness, statusOf } from './evaluate';
export { pathLabel, problemLabel } from './labels';
export { checksFor, READINESS_CHECKS } from './registry';
export type { CriterionWithRemarks, ReadinessWithRemarks, Remark } from './remarks';
export { attachRemarks, isOpenRemark, REMARK_SOURCE, remarkFinding } from './remarks';
export type * from './types';
