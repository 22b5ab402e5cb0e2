import type { RecognisedField } from '@/utils/matching/types';
import { effectiveLimit } from '@/utils/validation';
import { evaluate, type FieldState, isChecked } from './field-state';
import { groupOf, messageElements } from './page-messages';
import { conditionControl, pageRequirement } from './requirement';

/**
 * The checked controls of the page: a WeakMap from control to state (so a keystroke costs one
 * lookup), stable keys for jumping to a control, and the controls that conditions depend on.
 */
export class Registry {
  private readonly states = new WeakMap<Element, FieldState>();
  private readonly keys = new WeakMap<Element, string>();
  private readonly pageMessages = new WeakMap<FieldState, Element[]>();
  private readonly groups = new WeakMap<FieldState, Element | null>();
  private byKey = new Map<string, Element>();
  private dependencies = new WeakSet<Element>();
  private nextKey = 1;
  fields: readonly RecognisedField[] = [];
  active: FieldState[] = [];

  stateOf(el: Element): FieldState | undefined {
    return this.states.get(el);
  }
  messagesOf(s: FieldState): readonly Element[] {
    return this.pageMessages.get(s) ?? [];
  }
  /** The field's DSFR group as of the latest scan (where the page writes its messages). */
  groupOf(s: FieldState): Element | null {
    return this.groups.get(s) ?? null;
  }
  isDependency(el: Element): boolean {
    return this.dependencies.has(el);
  }
  elementOf(key: string): Element | undefined {
    return this.byKey.get(key);
  }
  keyOf(el: Element): string {
    const known = this.keys.get(el);
    if (known) return known;
    const k = `c${this.nextKey++}`;
    this.keys.set(el, k);
    return k;
  }

  /** Takes a new scan; returns the states that are gone. */
  sync(next: readonly RecognisedField[], remembered: ReadonlyMap<string, number>): FieldState[] {
    this.fields = next;
    const byPath = new Map<string, RecognisedField>();
    for (const f of next) if (f.path) byPath.set(f.path, f);
    const active: FieldState[] = [];
    this.dependencies = new WeakSet();
    this.byKey = new Map();
    for (const f of next) {
      this.byKey.set(this.keyOf(f.element), f.element);
      if (!isChecked(f)) continue;
      const s = this.stateFor(f, byPath, remembered);
      this.states.set(f.element, s);
      this.pageMessages.set(s, messageElements(f.element));
      this.groups.set(s, groupOf(f.element));
      active.push(s);
      const cond = conditionControl(f, byPath);
      for (const d of cond?.radios?.length ? cond.radios : cond ? [cond.element] : [])
        this.dependencies.add(d);
    }
    const kept = new Set(active);
    const gone = this.active.filter((s) => !kept.has(s));
    for (const s of gone) this.states.delete(s.field.element);
    this.active = active;
    return gone;
  }

  private stateFor(
    f: RecognisedField,
    byPath: Map<string, RecognisedField>,
    remembered: ReadonlyMap<string, number>,
  ): FieldState {
    const limit = effectiveLimit(
      f.fieldId ?? '',
      f.pageLimit?.limit ?? null,
      f.fieldId ? remembered.get(f.fieldId) : null,
    );
    const requirement = pageRequirement(f, byPath);
    const old = this.states.get(f.element);
    if (old) return Object.assign(old, { field: f, limit, requirement });
    const s: FieldState = {
      key: this.keyOf(f.element),
      field: f,
      limit,
      requirement,
      touched: false,
      cleared: false,
      filled: false,
      count: 0,
      counter: null,
      problems: [],
      shows: null,
      badge: null,
    };
    evaluate(s);
    s.touched = s.filled; // a value already there (prefilled, saved) is checked at once
    return s;
  }
}
