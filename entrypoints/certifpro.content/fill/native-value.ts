/**
 * Framework-safe writes (anchors §5.3): the prototype's own `value` setter, then bubbling
 * `input` and `change`, so React's value tracker sees a change in either world. Checkboxes and
 * radios are clicked: React listens to `click` for them. Nothing here moves the focus.
 */
type ValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function fireInputEvents(el: Element): void {
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function setNativeValue(el: ValueControl, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  fireInputEvents(el);
}

/** Clicks only when the state must change; a click toggles a checkbox and selects a radio. */
export function setChecked(el: HTMLInputElement, checked: boolean): void {
  if (el.checked !== checked) el.click();
}

export function selectValue(el: HTMLSelectElement, value: string): void {
  setNativeValue(el, value);
}

/** Selects exactly these option values in a `select multiple`. */
export function selectValues(el: HTMLSelectElement, values: readonly string[]): void {
  const wanted = new Set(values);
  for (const option of el.options) option.selected = wanted.has(option.value);
  fireInputEvents(el);
}

/** Assigns files to a file input, as a drop would, then tells the page. */
export function setFiles(el: HTMLInputElement, files: FileList | readonly File[]): void {
  if (isFileList(files)) {
    el.files = files;
  } else {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    el.files = dt.files;
  }
  fireInputEvents(el);
}

/** Realm-independent: a frame's FileList is not `instanceof` the top frame's FileList. */
function isFileList(x: FileList | readonly File[]): x is FileList {
  return !Array.isArray(x) && typeof (x as FileList).item === 'function';
}
