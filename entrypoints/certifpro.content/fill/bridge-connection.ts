import { injectScript } from 'wxt/utils/inject-script';
import { type RpcClient, rpcClient } from '@/utils/fill/bridge/port-rpc';
import { type EditorBridgeProtocol, PING_REPLY, PORT_EVENT } from '@/utils/fill/bridge/protocol';

export type EditorBridge = RpcClient<EditorBridgeProtocol>;

let bridge: Promise<EditorBridge | null> | null = null;

/**
 * Injects the main-world bridge and takes the MessagePort it hands over. The listener is on the
 * script element before the element reaches the document, in the capture phase, so it runs before
 * any listener the page could add to the element, and it stops the event there. A port is taken
 * only while the bridge's own script runs (`document.currentScript`), never from an event the
 * page dispatches itself.
 */
async function connect(): Promise<EditorBridge | null> {
  let port: MessagePort | null = null;
  let script: HTMLScriptElement | null = null;
  const take = (e: Event) => {
    if (!script || e.type !== PORT_EVENT || document.currentScript !== script) return;
    e.stopImmediatePropagation();
    if (port) return;
    port = (e as MessageEvent).ports?.[0] ?? null;
  };
  try {
    await injectScript('/editor-bridge.js', {
      modifyScript: (s) => {
        script = s;
        s.addEventListener(PORT_EVENT, take, { capture: true });
      },
    });
    (script as HTMLScriptElement | null)?.removeEventListener(PORT_EVENT, take, { capture: true });
    const got = port as MessagePort | null;
    if (!got) throw new Error('aucun canal reçu');
    const client = rpcClient<EditorBridgeProtocol>(got);
    const pong = await client.request('ping', undefined, 1000);
    if (pong.ok && pong.value === PING_REPLY) return client;
    client.close();
    throw new Error('la passerelle ne répond pas');
  } catch (e) {
    console.warn('[Certifill] passerelle des éditeurs indisponible :', e);
    return null;
  }
}

/** The bridge, injected once per page load (null when the page cannot run it). */
export function editorBridge(): Promise<EditorBridge | null> {
  bridge ??= connect();
  return bridge;
}
