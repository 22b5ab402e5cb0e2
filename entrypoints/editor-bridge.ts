import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findEditor } from '@/utils/fill/bridge/editors';
import { findByToken } from '@/utils/fill/bridge/find-token';
import { serveRpc } from '@/utils/fill/bridge/port-rpc';
import { type EditorBridgeProtocol, PING_REPLY, PORT_EVENT } from '@/utils/fill/bridge/protocol';

/**
 * Injected by the content script into the platform's main world, where the rich-text editors'
 * objects live. It answers on one MessagePort only, handed to the content script by an event on
 * this script's own element while it runs (the element is detached by then: the event reaches
 * no listener of the page's document or window). See bridge-connection.ts.
 */
export default defineUnlistedScript(() => {
  const me = document.currentScript;
  if (!me) return;
  me.remove();
  const { port1, port2 } = new MessageChannel();
  me.dispatchEvent(new MessageEvent(PORT_EVENT, { ports: [port2] }));
  const editorOf = (token: string) => {
    const el = findByToken(document, token);
    return el ? findEditor(el) : null;
  };
  serveRpc<EditorBridgeProtocol>(port1, {
    ping: () => PING_REPLY,
    detect: (data) => editorOf(data.token)?.kind ?? null,
    getText: (data) => editorOf(data.token)?.getText() ?? null,
    getHtml: (data) => editorOf(data.token)?.getHtml() ?? null,
    setText: (data) => {
      const editor = editorOf(data.token);
      if (!editor) return null;
      editor.setText(data.text, data.html);
      return editor.getText();
    },
    snapshot: (data) => {
      const editor = editorOf(data.token);
      return editor ? { kind: editor.kind, data: editor.snapshot() } : null;
    },
    restore: (data) => {
      const editor = editorOf(data.token);
      if (!editor || editor.kind !== data.snapshot.kind) return false;
      editor.restore(data.snapshot.data);
      return true;
    },
  });
});
