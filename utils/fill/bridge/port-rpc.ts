/**
 * Requests and answers over a MessagePort: the editor bridge's private channel. Nothing travels
 * through window events, so the page can neither read the messages nor answer in the bridge's
 * place. Runs on both sides (the main-world bridge and the content script): no extension API.
 */
type Method = (data: never) => unknown;
export type ArgOf<F> = F extends Method ? Parameters<F>[0] : never;
export type ResultOf<F> = F extends Method ? Awaited<ReturnType<F>> : never;

/** `timeout`: no answer in time (the page is busy, or the bridge is gone); `error`: the handler threw. */
export type RpcAnswer<T> = { ok: true; value: T } | { ok: false; why: 'timeout' | 'error'; message?: string };

export interface RpcClient<P> {
  request<K extends keyof P & string>(
    method: K,
    data: ArgOf<P[K]>,
    timeoutMs: number,
  ): Promise<RpcAnswer<ResultOf<P[K]>>>;
  close(): void;
}

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  message?: string;
}

const isReply = (x: unknown): x is Reply =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Reply).id === 'number' &&
  typeof (x as Reply).ok === 'boolean';

export function rpcClient<P>(port: MessagePort): RpcClient<P> {
  let next = 0;
  const pending = new Map<number, (a: RpcAnswer<unknown>) => void>();
  port.onmessage = (e: MessageEvent) => {
    if (!isReply(e.data)) return;
    const done = pending.get(e.data.id);
    pending.delete(e.data.id);
    done?.(
      e.data.ok ? { ok: true, value: e.data.value } : { ok: false, why: 'error', message: e.data.message },
    );
  };
  return {
    request(method, data, timeoutMs) {
      next += 1;
      const id = next;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({ ok: false, why: 'timeout' });
        }, timeoutMs);
        pending.set(id, (a) => {
          clearTimeout(timer);
          resolve(a as never);
        });
        port.postMessage({ id, method, data });
      });
    },
    close() {
      port.onmessage = null;
      port.close();
      for (const done of pending.values()) done({ ok: false, why: 'timeout' });
      pending.clear();
    },
  };
}

export type RpcHandlers<P> = {
  [K in keyof P]: (data: ArgOf<P[K]>) => ResultOf<P[K]> | Promise<ResultOf<P[K]>>;
};

/** Answers each request with its handler's result (or its error's message). */
export function serveRpc<P>(port: MessagePort, handlers: RpcHandlers<P>): void {
  port.onmessage = async (e: MessageEvent) => {
    const m = e.data as { id?: unknown; method?: unknown; data?: unknown } | null;
    if (!m || typeof m.id !== 'number' || typeof m.method !== 'string') return;
    const handler = Object.hasOwn(handlers, m.method)
      ? (handlers[m.method as keyof P] as (d: unknown) => unknown)
      : null;
    try {
      if (!handler) throw new Error(`unknown method ${m.method}`);
      port.postMessage({ id: m.id, ok: true, value: await handler(m.data) });
    } catch (err) {
      port.postMessage({ id: m.id, ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  };
}
