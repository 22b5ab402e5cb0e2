/**
 * Messages between the content script (isolated world) and the editor bridge injected in the
 * page's main world, where the editors' JavaScript objects live. Carried by a MessagePort that the
 * bridge hands over once, at injection (see port-rpc.ts and bridge-connection.ts): the page sees no
 * message. The element is found by a one-time token attribute.
 */
export type EditorKind = 'quill' | 'ckeditor5' | 'tinymce';

export interface EditorSnapshot {
  kind: EditorKind;
  /** Quill: the Delta's ops; CKEditor / TinyMCE: the HTML. */
  data: unknown;
}

export interface EditorTarget {
  token: string;
}

export interface EditorBridgeProtocol {
  ping(): string;
  detect(data: EditorTarget): EditorKind | null;
  getText(data: EditorTarget): string | null;
  /** The editor's content as HTML (Quill: its semantic HTML, real `ul`/`ol`), for capture. */
  getHtml(data: EditorTarget): string | null;
  setText(data: EditorTarget & { text: string; html?: string }): string | null;
  snapshot(data: EditorTarget): EditorSnapshot | null;
  restore(data: EditorTarget & { snapshot: EditorSnapshot }): boolean;
}

/** Attribute that marks the element a bridge call is about; removed right after the call. */
export const TOKEN_ATTR = 'data-certifill-op';
export const PING_REPLY = 'certifill-editor-bridge';

/**
 * The event that hands the bridge's port to the content script: dispatched by the bridge on its own
 * script element, detached from the document (no ancestor, so no page listener on window or document
 * sees it), while that script runs; the content script listens on the element before inserting it.
 */
export const PORT_EVENT = 'certifill-editor-port';
