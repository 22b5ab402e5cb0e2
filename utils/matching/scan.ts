import type { Repertoire } from '../catalogue/types';
import { type Collected, type RootScope, walkRoot } from './collect';
import { containerCache } from './context';
import { detectScope } from './cues';
import { decideAll, type Pending } from './decide';
import { type DescribeEnv, describeControl } from './describe';
import type { ControlDescription } from './description';
import type { ParentOf } from './group-index';
import { penaliseOutsideGroups, promoteListedRows } from './group-structure';
import { buildLabelMap, type LabelMap } from './label-map';
import { activeSection, detectRepertoire } from './page-context';
import { pageLimitOf, showsLiveCounter } from './page-limit';
import { groupRadios } from './radio-groups';
import { scoreMemoised, sharedScoreMemo } from './score-memo';
import { signatureOf } from './signature';
import { type PageLocation, taughtFinder } from './taught';
import { readingOnce } from './text';
import type { RecognisedField, TaughtMapping } from './types';

export interface ScanOptions {
  repertoire?: Repertoire;
  taught?: readonly TaughtMapping[];
  location?: PageLocation;
}

function labelMapOf(scope: RootScope): LabelMap {
  const node = scope.node as ParentNode & Partial<Pick<Document, 'getElementById'>>;
  const root = (scope.node.nodeType === 1 ? (scope.node as Element).getRootNode() : scope.node) as Document;
  return buildLabelMap({
    labels: scope.labels,
    controls: scope.controls,
    byId: (id) => root.getElementById?.(id) ?? null,
    byName: (name) => node.querySelector(`[name="${name.replace(/["\\]/g, '\\$&')}"]`),
  });
}

/** Describes every fillable control of a root once (label maps built once per root). */
export function describeRoot(root: Document | ShadowRoot | Element): ControlDescription[] {
  return readingOnce(() => describeAll(root));
}

function describeAll(root: Document | ShadowRoot | Element): ControlDescription[] {
  const walk = walkRoot(root);
  const labelMaps = new Map(walk.scopes.map((s) => [s, labelMapOf(s)] as const));
  const env: DescribeEnv = {
    walk,
    labelMaps,
    containers: containerCache(),
    headers: new Map(),
    section: activeSection(root),
  };
  const order = new Map<Collected, number>(walk.controls.map((c, i) => [c, i]));
  const { singles, groups } = groupRadios(walk.controls);
  const items = [
    ...singles.map((item) => ({ item, radios: undefined as HTMLInputElement[] | undefined })),
    ...groups.map((g) => ({ item: g.first, radios: g.radios })),
  ].sort((a, b) => (order.get(a.item) ?? 0) - (order.get(b.item) ?? 0));
  return items.map(({ item, radios }) => describeControl(item, env, radios));
}

function parentAcrossRoots(root: Document | ShadowRoot | Element): ParentOf {
  const top = root.nodeType === 9 ? root : root.ownerDocument;
  return (el) => {
    const parent = el.parentElement;
    if (parent) return parent;
    const p = el.parentNode;
    if (p && p.nodeType === 11) return (p as ShadowRoot).host;
    // Every chain ends here: the top document's root, whose frame is not looked up.
    const doc = el.ownerDocument;
    return doc === top ? null : (doc?.defaultView?.frameElement ?? null);
  };
}

function currentLength(el: HTMLElement): number {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).value.length;
  return el.getAttribute('contenteditable') ? (el.textContent ?? '').length : 0;
}

/**
 * Every fillable control of `root` (and of its open shadow roots and same-origin frames), each
 * described once and recognised: taught mappings first, then label text, then structure.
 */
export function scanRoot(root: Document | ShadowRoot | Element, opts: ScanOptions = {}): RecognisedField[] {
  return readingOnce(() => scanUncached(root, opts));
}

function scanUncached(root: Document | ShadowRoot | Element, opts: ScanOptions): RecognisedField[] {
  const repertoire = opts.repertoire ?? detectRepertoire(root);
  const taughtOf = taughtFinder(opts.taught ?? [], opts.location);
  const described = describeRoot(root).map((desc) => ({ desc, scope: detectScope(desc.scopeTexts) }));
  promoteListedRows(described);
  const memo = sharedScoreMemo();
  const pending: Pending[] = described.map(({ desc, scope }) => {
    const signature = signatureOf(desc);
    return {
      desc,
      scope,
      signature,
      candidates: scoreMemoised(desc, repertoire, scope, memo),
      taught: taughtOf(signature),
    };
  });
  penaliseOutsideGroups(pending);
  const decided = decideAll(pending, parentAcrossRoots(root));
  return pending.map(({ desc, signature }, i) => {
    const d = decided[i] as (typeof decided)[number];
    return {
      element: desc.element,
      ...(desc.radios ? { radios: desc.radios } : {}),
      path: d.path,
      fieldId: d.fieldId,
      confidence: Math.round(d.confidence * 1000) / 1000,
      decision: d.decision,
      label: desc.display,
      candidates: d.candidates,
      signature,
      control: desc.control,
      pageLimit: pageLimitOf(desc.element, desc.hints, currentLength(desc.element)),
      ...(showsLiveCounter(desc.hints) ? { pageCounter: true } : {}),
      pageRequired: desc.required,
      section: desc.section,
    };
  });
}
