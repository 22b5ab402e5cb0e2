/**
 * Labels → controls, built ONCE per root (document, shadow root, frame), as Chromium's
 * MatchLabelsAndFields and Firefox's generateLabelMap do: `label[for]` (by id, then by name),
 * wrapping labels, labels pointing at a container (an editor's div), and orphan labels attached
 * to the adjacent control. A `for` that points far away while an unlabelled control sits next to
 * the label is treated as broken.
 */

const CONTROL_SELECTOR = 'input, textarea, select, [contenteditable]';
const BOUNDARY = new Set(['FORM', 'FIELDSET', 'BODY', 'TABLE', 'SECTION']);

export type LabelMap = Map<Element, HTMLLabelElement[]>;

export interface LabelScope {
  labels: readonly HTMLLabelElement[];
  /** Controls found by the scan in this root (radios included). */
  controls: ReadonlySet<Element>;
  byId(id: string): Element | null;
  byName(name: string): Element | null;
}

function firstControlIn(el: Element, controls: ReadonlySet<Element>): Element | null {
  if (controls.has(el)) return el;
  const roots: ParentNode[] = [el];
  if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const root of roots)
    for (const c of root.querySelectorAll(CONTROL_SELECTOR)) if (controls.has(c)) return c;
  return null;
}

/** The label sits next to its control: some ancestor within 4 levels holds both. */
function isNear(label: Element, target: Element): boolean {
  let a: Element | null = label.parentElement;
  for (let i = 0; a && i < 4; a = a.parentElement, i++) if (a.contains(target)) return true;
  return false;
}

/** Firefox's findAdjacentControl: the control following the label in its small container. */
function adjacentControl(label: Element, scope: LabelScope, map: LabelMap): Element | null {
  let a: Element | null = label.parentElement;
  for (let i = 0; a && i < 3; a = a.parentElement, i++) {
    const found = [...a.querySelectorAll(CONTROL_SELECTOR)].filter(
      (c) => scope.controls.has(c) && !map.has(c),
    );
    const after = found.find((c) => label.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (after) return after;
    if (found.length === 1) return found[0] ?? null;
    if (BOUNDARY.has(a.tagName)) break;
  }
  return null;
}

function add(map: LabelMap, control: Element, label: HTMLLabelElement): void {
  const list = map.get(control);
  if (list) {
    if (!list.includes(label)) list.push(label);
  } else map.set(control, [label]);
}

export function buildLabelMap(scope: LabelScope): LabelMap {
  const map: LabelMap = new Map();
  const orphans: { label: HTMLLabelElement; far: Element | null }[] = [];
  for (const label of scope.labels) {
    const forId = label.getAttribute('for');
    let target: Element | null = null;
    if (forId) {
      const byFor = scope.byId(forId) ?? scope.byName(forId);
      target = byFor ? firstControlIn(byFor, scope.controls) : null;
      // A hidden textarea an editor replaced keeps its label: the editor borrows it (see describe).
      if (!target && byFor && /^(?:TEXTAREA|INPUT|SELECT)$/.test(byFor.tagName)) {
        add(map, byFor, label);
        continue;
      }
    } else {
      target = firstControlIn(label, scope.controls);
    }
    if (target && (!forId || label.contains(target) || isNear(label, target))) add(map, target, label);
    else orphans.push({ label, far: target });
  }
  for (const { label, far } of orphans) {
    const near = adjacentControl(label, scope, map);
    if (near) add(map, near, label);
    else if (far && !map.has(far)) add(map, far, label);
  }
  return map;
}
