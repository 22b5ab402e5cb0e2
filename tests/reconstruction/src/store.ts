/**
 * In-memory model of the current visit, like a single-page app's form state: values survive
 * tab switches (the panel is re-rendered), not a page reload.
 */
const values = new Map<string, unknown>();
let scope = 'global';

export function setScope(name: string): void {
  scope = name;
}

export function readValue<T>(key: string): T | undefined {
  return values.get(`${scope}/${key}`) as T | undefined;
}

export function writeValue(key: string, value: unknown): void {
  values.set(`${scope}/${key}`, value);
}

/**
 * An item of a repeatable group was deleted: the values of the items after it move up one place
 * (`fiche.blocs[3].libelle` → `fiche.blocs[2].libelle`), the last item's values go.
 */
export function shiftItems(group: string, removed: number, count: number): void {
  const prefix = `${scope}/`;
  const moves: [string, string | null][] = [];
  for (const key of values.keys()) {
    if (!key.startsWith(prefix)) continue;
    const m = new RegExp(`^(.*\\b${group.replace(/[.[\]]/g, '\\$&')}\\[)(\\d+)(\\].*)$`).exec(key);
    if (!m) continue;
    const index = Number(m[2]);
    if (index === removed) moves.push([key, null]);
    else if (index > removed && index < count) moves.push([key, `${m[1]}${index - 1}${m[3]}`]);
  }
  const moved = moves.map(([from, to]) => [to, values.get(from)] as const);
  for (const [from] of moves) values.delete(from);
  for (const [to, value] of moved) if (to) values.set(to, value);
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function snapshot(el: Control): unknown {
  if (el instanceof HTMLSelectElement && el.multiple) {
    return [...el.selectedOptions].map((option) => option.value);
  }
  if (el instanceof HTMLInputElement && el.type === 'checkbox') return el.checked;
  if (el instanceof HTMLInputElement && el.type === 'file') return [...(el.files ?? [])].map((f) => f.name);
  return el.value;
}

function restore(el: Control, value: unknown): void {
  if (el instanceof HTMLSelectElement && el.multiple && Array.isArray(value)) {
    for (const option of el.options) option.selected = value.includes(option.value);
  } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
    el.checked = value === true;
  } else if (el instanceof HTMLInputElement && el.type === 'radio') {
    el.checked = el.value === value;
  } else if (!(el instanceof HTMLInputElement && el.type === 'file') && typeof value === 'string') {
    el.value = value;
  }
}

/** Keeps a control and the model in sync. Radios of one group share the key. */
export function bind(el: Control, key: string): void {
  const saved = readValue(key);
  if (saved !== undefined) restore(el, saved);
  const save = () => {
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) return;
    writeValue(key, snapshot(el));
  };
  el.addEventListener('input', save);
  el.addEventListener('change', save);
}
