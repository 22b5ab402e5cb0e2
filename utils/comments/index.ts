export { criterionFields, isAttachmentField } from './criterion-fields';
export { equivalentNumber } from './equivalence';
export { type ExplicitRef, findExplicitRefs } from './explicit-refs';
export { refineFields } from './field-refinements';
export { linkComments, linkItem } from './link';
export { rankItem } from './rank';
export { MAX_INPUT_CHARS, MAX_ITEMS, splitComments, splitLines } from './split';
export type * from './types';
