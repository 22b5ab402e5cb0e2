export { filingDateOf, readinessContext } from './context';
export { evaluateReadiness, statusOf } from './evaluate';
export { pathLabel, problemLabel } from './labels';
export { checksFor, READINESS_CHECKS } from './registry';
export type * from './types';
