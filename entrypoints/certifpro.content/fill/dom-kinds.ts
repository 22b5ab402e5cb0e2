/**
 * Element kinds by tag name, not `instanceof`: a control inside a same-origin iframe belongs to the
 * frame's realm, so `el instanceof HTMLInputElement` (the top frame's class) is false for it.
 */
export const isInput = (el: Element | null | undefined): el is HTMLInputElement => el?.tagName === 'INPUT';
export const isTextArea = (el: Element | null | undefined): el is HTMLTextAreaElement =>
  el?.tagName === 'TEXTAREA';
export const isSelect = (el: Element | null | undefined): el is HTMLSelectElement => el?.tagName === 'SELECT';
export const isIframe = (el: Element | null | undefined): el is HTMLIFrameElement => el?.tagName === 'IFRAME';
/** Inputs and textareas: controls with a text `value`. */
export const isTextControl = (el: Element | null | undefined): el is HTMLInputElement | HTMLTextAreaElement =>
  isInput(el) || isTextArea(el);
