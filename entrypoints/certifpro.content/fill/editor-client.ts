import { type CustomEventMessenger, defineCustomEventMessaging } from '@webext-core/messaging/page';
import { injectScript } from 'wxt/utils/inject-script';
import { blockText } from '@/utils/fill/bridge/block-text';
import {
  type EditorBridgeProtocol,
  type EditorSnapshot,
  PING_REPLY,
  TOKEN_ATTR,
} from '@/utils/fill/bridge/protocol';
import { textToHtml } from '@/utils/fill/sanitize-html';
import { fireInputEvents } from './native-value';

/**
 * Content-script side of rich-text editing: asks the main-world bridge to use the editor's own
 * API; falls back to the contenteditable (execCommand) when the page has no known editor.
 */
type Bridge = CustomEventMessenger<EditorBridgeProtocol>;

let bridge: Promise<Bridge | null> | null = null;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([p, new Promise<null>((r) => setTimeout(() => r(null), ms))]);
}

async function connect(): Promise<Bridge | null> {
  const channel = `certifill-editor-${crypto.randomUUID()}`;
  try {
    await injectScript('/editor-bridge.js', {
      modifyScript: (s) => {
        s.dataset.channel = channel;
      },
    });
    const m = defineCustomEventMessaging<EditorBridgeProtocol>({ namespace: channel });
    const pong = await withTimeout(m.sendMessage('ping', undefined), 1000);
    return pong === PING_REPLY ? m : null;
  } catch (e) {
    console.warn('[Certifill] passerelle des éditeurs indisponible :', e);
    return null;
  }
}

/** Injects the bridge once per page load. */
export function editorBridge(): Promise<Bridge | null> {
  bridge ??= connect();
  return bridge;
}

/** Runs a bridge call about one element, marked by a one-time token. */
async function call<T>(el: HTMLElement, fn: (b: Bridge, token: string) => Promise<T>): Promise<T | null> {
  const b = await editorBridge();
  if (!b) return null;
  const token = crypto.randomUUID();
  el.setAttribute(TOKEN_ATTR, token);
  try {
    return await withTimeout(fn(b, token), 1500);
  } catch (e) {
    console.warn('[Certifill] éditeur :', e);
    return null;
  } finally {
    el.removeAttribute(TOKEN_ATTR);
  }
}

export async function readRichText(el: HTMLElement): Promise<string> {
  const viaApi = await call(el, (b, token) => b.sendMessage('getText', { token }));
  return viaApi ?? blockText(el);
}

/** Writes plain text (or sanitized HTML) through the editor; returns the text it then holds. */
export async function writeRichText(el: HTMLElement, text: string, html?: string): Promise<string> {
  const viaApi = await call(el, (b, token) => b.sendMessage('setText', { token, text, html }));
  if (viaApi !== null) return viaApi;
  replaceEditableContent(el, html ?? textToHtml(text), text);
  return blockText(el);
}

export type RichSnapshot = { via: 'api'; snapshot: EditorSnapshot } | { via: 'dom'; html: string };

export async function snapshotRichText(el: HTMLElement): Promise<RichSnapshot> {
  const snap = await call(el, (b, token) => b.sendMessage('snapshot', { token }));
  return snap ? { via: 'api', snapshot: snap } : { via: 'dom', html: el.innerHTML };
}

export async function restoreRichText(el: HTMLElement, snap: RichSnapshot): Promise<void> {
  if (snap.via === 'api') {
    const ok = await call(el, (b, token) => b.sendMessage('restore', { token, snapshot: snap.snapshot }));
    if (ok) return;
  }
  const html = snap.via === 'dom' ? snap.html : '';
  el.innerHTML = html;
  fireInputEvents(el);
}

/**
 * No editor API: select the content and insert the text as typing would, so the page's own
 * listeners run. This needs the focus for a moment; it is given back at once.
 */
function replaceEditableContent(el: HTMLElement, html: string, text: string): void {
  const previous = el.ownerDocument.activeElement as HTMLElement | null;
  const selection = el.ownerDocument.getSelection();
  el.focus({ preventScroll: true });
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);
  const done = el.ownerDocument.execCommand?.('insertText', false, text);
  if (!done) {
    el.innerHTML = html;
    fireInputEvents(el);
  }
  selection?.removeAllRanges();
  if (previous && previous !== el) previous.focus({ preventScroll: true });
  else el.blur();
}
