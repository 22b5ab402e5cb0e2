import { blockText } from '@/utils/fill/bridge/block-text';
import type { ArgOf, ResultOf } from '@/utils/fill/bridge/port-rpc';
import type { EditorBridgeProtocol, EditorSnapshot } from '@/utils/fill/bridge/protocol';
import { TOKEN_ATTR } from '@/utils/fill/bridge/protocol';
import { textToHtml } from '@/utils/fill/sanitize-html';
import { walkRich } from '@/utils/richtext/core';
import { editorBridge } from './bridge-connection';
import { fireInputEvents } from './native-value';

/**
 * Content-script side of rich-text editing: asks the main-world bridge to use the editor's own
 * API; falls back to the contenteditable (execCommand) when the page has no known editor. An
 * editor that does not answer in time is never written to behind its back.
 */
export const BRIDGE_CALL_MS = 1500;

/** `absent`: no bridge on this page (no editor API to use); `unconfirmed`: the bridge did not answer in time. */
type Call<T> = { ok: true; value: T } | { ok: false; why: 'absent' | 'unconfirmed' };

type Protocol = EditorBridgeProtocol;
type TargetArg<K extends keyof Protocol> = Omit<ArgOf<Protocol[K]>, 'token'>;

/** Runs a bridge call about one element, marked by a one-time token. */
async function call<K extends Exclude<keyof Protocol, 'ping'>>(
  el: HTMLElement,
  method: K,
  data: TargetArg<K>,
): Promise<Call<ResultOf<Protocol[K]>>> {
  const b = await editorBridge();
  if (!b) return { ok: false, why: 'absent' };
  const token = crypto.randomUUID();
  el.setAttribute(TOKEN_ATTR, token);
  try {
    const answer = await b.request(method, { ...data, token } as ArgOf<Protocol[K]>, BRIDGE_CALL_MS);
    if (answer.ok) return answer;
    if (answer.why === 'error') console.warn('[Certifill] éditeur :', answer.message);
    return { ok: false, why: 'unconfirmed' };
  } finally {
    el.removeAttribute(TOKEN_ATTR);
  }
}

export class EditorNotAnswering extends Error {
  constructor() {
    super('l’éditeur de texte de la page n’a pas répondu');
  }
}

export async function readRichText(el: HTMLElement): Promise<string> {
  const viaApi = await call(el, 'getText', {});
  return viaApi.ok && viaApi.value !== null ? viaApi.value : blockText(el);
}

/** The editor's content as formatted text (sanitized): through its API, else its DOM. */
export async function readRichHtml(el: HTMLElement): Promise<string> {
  const viaApi = await call(el, 'getHtml', {});
  return walkRich(viaApi.ok && viaApi.value !== null ? viaApi.value : el.innerHTML);
}

/** Writes plain text (or sanitized HTML) through the editor; returns the text it then holds. */
export async function writeRichText(el: HTMLElement, text: string, html?: string): Promise<string> {
  const viaApi = await call(el, 'setText', { text, html });
  if (viaApi.ok && viaApi.value !== null) return viaApi.value;
  // An editor whose bridge went silent may still get the call later: writing its DOM too would race it.
  if (!viaApi.ok && viaApi.why === 'unconfirmed') throw new EditorNotAnswering();
  replaceEditableContent(el, html ?? textToHtml(text), html ? undefined : text);
  return blockText(el);
}

/** What undo needs to put an editor back: its own content through its API, or the DOM without one. */
export type RichSnapshot = { via: 'api'; snapshot: EditorSnapshot } | { via: 'dom'; html: string };

/** Null when the editor did not answer: then nothing may be written (the undo could not be done). */
export async function snapshotRichText(el: HTMLElement): Promise<RichSnapshot | null> {
  const snap = await call(el, 'snapshot', {});
  if (snap.ok && snap.value) return { via: 'api', snapshot: snap.value };
  if (!snap.ok && snap.why === 'unconfirmed') return null;
  return { via: 'dom', html: el.innerHTML };
}

export type RestoreOutcome = { ok: true } | { ok: false; reason: string };

export const RESTORE_UNCONFIRMED =
  'L’éditeur de texte de la page n’a pas confirmé le rétablissement : son contenu est laissé tel quel (annulez dans l’éditeur, Ctrl+Z).';

/**
 * Puts an editor back. Through its API when the snapshot came from it, and then only a confirmed
 * restore counts: the editor is never emptied or rewritten behind its back.
 */
export async function restoreRichText(el: HTMLElement, snap: RichSnapshot): Promise<RestoreOutcome> {
  if (snap.via === 'api') {
    const done = await call(el, 'restore', { snapshot: snap.snapshot });
    return done.ok && done.value ? { ok: true } : { ok: false, reason: RESTORE_UNCONFIRMED };
  }
  el.innerHTML = snap.html;
  fireInputEvents(el);
  return { ok: true };
}

/**
 * No editor API: select the content and insert the text as typing would, so the page's own
 * listeners run. This needs the focus for a moment; it is given back at once.
 */
function replaceEditableContent(el: HTMLElement, html: string, text?: string): void {
  const previous = el.ownerDocument.activeElement as HTMLElement | null;
  const selection = el.ownerDocument.getSelection();
  el.focus({ preventScroll: true });
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);
  // Formatted text (no `text`) goes in as HTML, already sanitized, so the page's listeners see lists and bold.
  const command = text === undefined ? 'insertHTML' : 'insertText';
  const done = el.ownerDocument.execCommand?.(command, false, text ?? html);
  if (!done) {
    el.innerHTML = html;
    fireInputEvents(el);
  }
  selection?.removeAllRanges();
  if (previous && previous !== el) previous.focus({ preventScroll: true });
  else el.blur();
}
