/**
 * Presses one of the page's own controls (an « Ajouter », a « Supprimer », a listbox option) so that
 * nothing else can follow from it: a form submission it would start is stopped before the page or
 * the browser sees it (capture phase, `preventDefault` + `stopImmediatePropagation`), and reported.
 * Links that lead elsewhere are never pressed (the callers exclude them).
 */
export interface Pressed {
  /** The control tried to submit its form (stopped). */
  submitBlocked: boolean;
}

export function pressSafely(el: HTMLElement): Pressed {
  const win = el.ownerDocument.defaultView ?? window;
  let submitBlocked = false;
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
    submitBlocked = true;
  };
  win.addEventListener('submit', stop, true);
  try {
    el.click();
  } finally {
    win.removeEventListener('submit', stop, true);
  }
  return { submitBlocked };
}

/** A pointer's whole press on an option (widgets listen to mousedown, mouseup or click). */
export function pointerPress(el: HTMLElement): Pressed {
  const win = el.ownerDocument.defaultView ?? window;
  const init = { bubbles: true, cancelable: true, composed: true, view: win, button: 0 };
  const Pointer = (win as typeof window).PointerEvent ?? (win as typeof window).MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', init));
  el.dispatchEvent(new (win as typeof window).MouseEvent('mousedown', init));
  el.dispatchEvent(new Pointer('pointerup', init));
  el.dispatchEvent(new (win as typeof window).MouseEvent('mouseup', init));
  return pressSafely(el);
}
