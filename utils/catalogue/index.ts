export { enumOptions, getEnum } from './enums';
export { appliesTo, CATALOGUE, fieldsFor, getField } from './fields';
export { GROUPS, getGroup, splitGroupId } from './groups';
export { SECTIONS, sectionTitle } from './sections';
export type * from './types';
