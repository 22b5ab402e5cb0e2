import { defineCustomEventMessaging } from '@webext-core/messaging/page';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findEditor } from '@/utils/fill/bridge/editors';
import { findByToken } from '@/utils/fill/bridge/find-token';
import { type EditorBridgeProtocol, PING_REPLY } from '@/utils/fill/bridge/protocol';

/**
 * Injected by the content script into the platform's main world, where the rich-text editors'
 * objects live. Answers only on the channel named by the content script (random per load).
 */
export default defineUnlistedScript(() => {
  const channel = (document.currentScript as HTMLScriptElement | null)?.dataset.channel;
  const w = window as Window & { __certifillEditorBridge?: Set<string> };
  if (!channel || w.__certifillEditorBridge?.has(channel)) return;
  w.__certifillEditorBridge ??= new Set();
  w.__certifillEditorBridge.add(channel);
  const { onMessage } = defineCustomEventMessaging<EditorBridgeProtocol>({ namespace: channel });
  const editorOf = (token: string) => {
    const el = findByToken(document, token);
    return el ? findEditor(el) : null;
  };
  onMessage('ping', () => PING_REPLY);
  onMessage('detect', ({ data }) => editorOf(data.token)?.kind ?? null);
  onMessage('getText', ({ data }) => editorOf(data.token)?.getText() ?? null);
  onMessage('setText', ({ data }) => {
    const editor = editorOf(data.token);
    if (!editor) return null;
    editor.setText(data.text, data.html);
    return editor.getText();
  });
  onMessage('snapshot', ({ data }) => {
    const editor = editorOf(data.token);
    return editor ? { kind: editor.kind, data: editor.snapshot() } : null;
  });
  onMessage('restore', ({ data }) => {
    const editor = editorOf(data.token);
    if (!editor || editor.kind !== data.snapshot.kind) return false;
    editor.restore(data.snapshot.data);
    return true;
  });
});
