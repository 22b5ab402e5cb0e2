import { getField, splitGroupId } from '../catalogue';
import { groupPath, parsePath } from '../dossier/paths';
import type { Scope } from './cues';
import type { ControlDescription } from './description';
import { type GroupMember, groupIndexes, type ParentOf } from './group-index';
import type { TaughtMatch } from './taught';
import type { Candidate, Decision } from './types';

/**
 * From scores to decisions. Taught mappings claim their paths first; then controls, strongest
 * first, take their best path still free. `auto` needs a score ≥ AUTO_THRESHOLD and a lead of
 * AUTO_MARGIN over the runner-up; anything else is `a_verifier` and is never filled.
 */

export const AUTO_THRESHOLD = 0.6;
export const AUTO_MARGIN = 0.08;
/** A control takes part in a group's structure (instances, indexes) only if it likely belongs to it. */
const MEMBER_SCORE = 0.45;

export interface Pending {
  desc: ControlDescription;
  candidates: Candidate[];
  scope: Scope;
  signature: string;
  taught: TaughtMatch | null;
}

export interface Decided {
  path: string | null;
  fieldId: string | null;
  confidence: number;
  decision: Decision;
  candidates: Candidate[];
}

/** Raw scores may pass 1 (bonuses add up); reported confidences stay in 0..1, order kept. */
export function squash(score: number): number {
  const s = Math.max(0, score);
  return s < 0.9 ? s : 1 - 0.1 * Math.exp(-(s - 0.9) / 0.1);
}

/**
 * Concrete paths, one string per catalogue id and index for the content script's life: every scan
 * hands out the same strings, whose hashes the claimed-path set then need not compute again.
 */
const paths = new Map<string, string[]>();

function pathAt(fieldId: string, index: number): string {
  let byIndex = paths.get(fieldId);
  if (!byIndex) {
    if (paths.size > 2000) paths.clear();
    byIndex = [];
    paths.set(fieldId, byIndex);
  }
  let path = byIndex[index];
  if (path === undefined) {
    path = groupPath(fieldId, index);
    byIndex[index] = path;
  }
  return path;
}

function catalogueIdOf(path: string): string | null {
  return parsePath(path)?.fieldId ?? (getField(path) ? path : null);
}

function taughtId(p: Pending): string | null {
  const path = p.taught?.mapping.fieldPath;
  return path && path !== 'none' ? catalogueIdOf(path) : null;
}

export function decideAll(pending: readonly Pending[], parentOf: ParentOf): Decided[] {
  const members: GroupMember[] = [];
  const memberGroup = new Map<number, string>();
  pending.forEach((p, at) => {
    const top = p.candidates[0];
    const id = taughtId(p) ?? (top && top.score >= MEMBER_SCORE ? top.fieldId : undefined);
    const g = id ? splitGroupId(id) : null;
    if (!g) return;
    const number = p.scope.group === g.group ? p.scope.groupNumber : undefined;
    members.push({ at, group: g.group, key: g.key, anchor: p.desc.anchor, number });
    memberGroup.set(at, g.group);
  });
  const indexes = groupIndexes(members, parentOf);
  const pathOf = (at: number, fieldId: string): string => {
    const g = splitGroupId(fieldId);
    if (!g) return fieldId;
    const scope = pending[at]?.scope;
    const fallback = scope?.group === g.group && scope.groupNumber ? scope.groupNumber - 1 : 0;
    return pathAt(fieldId, memberGroup.get(at) === g.group ? (indexes.get(at) ?? fallback) : fallback);
  };

  const claimed = new Set<string>();
  // The candidates are the scan's own copies (score-memo.ts): they take their path in place.
  const out: Decided[] = pending.map((p, at) => {
    for (const c of p.candidates) c.path = pathOf(at, c.fieldId);
    return {
      path: null,
      fieldId: null,
      confidence: p.candidates[0]?.score ?? 0,
      decision: 'a_verifier',
      candidates: p.candidates,
    };
  });
  // Only taught mappings ask whether a signature is unique on the page.
  const signatureCount = new Map<string, number>();
  if (pending.some((p) => p.taught))
    for (const p of pending) signatureCount.set(p.signature, (signatureCount.get(p.signature) ?? 0) + 1);
  pending.forEach((p, at) => {
    const taught = p.taught;
    const result = out[at];
    if (!taught || !result) return;
    const fieldPath = taught.mapping.fieldPath;
    if (fieldPath === 'none') {
      Object.assign(result, { decision: 'ignored', confidence: 1 });
      return;
    }
    const fieldId = catalogueIdOf(fieldPath) as string;
    const concrete = /\[\d+\]/.test(fieldPath) && !taught.loose && signatureCount.get(p.signature) === 1;
    const path = splitGroupId(fieldId) && !concrete ? pathOf(at, fieldId) : fieldPath;
    if (claimed.has(path)) return;
    claimed.add(path);
    Object.assign(result, { path, fieldId, decision: 'taught', confidence: 1 });
  });
  const order = pending
    .map((p, at) => ({ at, top: p.candidates[0]?.score ?? 0 }))
    .filter(({ at }) => !pending[at]?.taught)
    .sort((a, b) => b.top - a.top);
  for (const { at } of order) {
    const result = out[at];
    if (!result) continue;
    const free = (result.candidates as Required<Candidate>[]).filter((c) => !claimed.has(c.path));
    const [first, second] = free;
    if (!first) continue;
    result.confidence = first.score;
    if (first.score >= AUTO_THRESHOLD && first.score - (second?.score ?? 0) >= AUTO_MARGIN) {
      claimed.add(first.path);
      Object.assign(result, { path: first.path, fieldId: first.fieldId, decision: 'auto' });
    }
  }
  for (const result of out) {
    if (result.decision === 'auto' || result.decision === 'a_verifier')
      result.confidence = squash(result.confidence);
    for (const c of result.candidates) c.score = squash(c.score);
  }
  return out;
}
