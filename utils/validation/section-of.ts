import { type GroupId, getField, getGroup, type SectionId, splitGroupId } from '../catalogue';
import type { Problem } from './types';

/** The editor section a problem belongs to (by its catalogue id or group). */
export function sectionOf(p: Pick<Problem, 'fieldId'>): SectionId {
  const field = getField(p.fieldId);
  if (field) return field.section;
  const group = splitGroupId(p.fieldId)?.group ?? (p.fieldId as GroupId);
  try {
    return getGroup(group).section;
  } catch {
    return p.fieldId.split('.')[0] === 'pieces' ? 'pieces' : 'fiche';
  }
}
