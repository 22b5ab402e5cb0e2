import type { EditorBridge } from '@/entrypoints/certifpro.content/fill/bridge-connection';
import { blockText } from '@/utils/fill/bridge/block-text';
import { findByToken } from '@/utils/fill/bridge/find-token';
import type { RpcAnswer } from '@/utils/fill/bridge/port-rpc';

/**
 * A stand-in for the main-world bridge, driving an editor that lives in the element's DOM (its
 * « API » writes innerHTML, as an editor's model would render it). Methods listed in `silent`
 * never answer in time: the client gets what port-rpc gives after its timeout.
 */
export function fakeBridge(silent: ReadonlySet<string> = new Set()): EditorBridge & { calls: string[] } {
  const calls: string[] = [];
  const answer = (value: unknown): RpcAnswer<never> => ({ ok: true, value: value as never });
  return {
    calls,
    close: () => undefined,
    async request(method, data) {
      calls.push(method);
      if (silent.has(method)) return { ok: false, why: 'timeout' };
      if (method === 'ping') return answer('certifill-editor-bridge');
      const d = data as { token: string; text?: string; html?: string; snapshot?: { data: unknown } };
      const el = findByToken(document, d.token);
      if (!el) return answer(null);
      switch (method) {
        case 'detect':
          return answer('quill');
        case 'getText':
          return answer(blockText(el));
        case 'getHtml':
          return answer(el.innerHTML);
        case 'setText':
          el.innerHTML = d.html ?? `<p>${d.text ?? ''}</p>`;
          return answer(blockText(el));
        case 'snapshot':
          return answer({ kind: 'quill', data: el.innerHTML });
        case 'restore':
          el.innerHTML = String(d.snapshot?.data ?? '');
          return answer(true);
      }
      return { ok: false, why: 'error', message: 'unknown' };
    },
  };
}
