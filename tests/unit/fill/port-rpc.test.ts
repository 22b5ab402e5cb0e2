import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { rpcClient, serveRpc } from '@/utils/fill/bridge/port-rpc';

interface P {
  echo(data: { text: string }): string;
  slow(data: { ms: number }): boolean;
  boom(): never;
}

const channels: { port1: { close(): void }; port2: { close(): void } }[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

function pair() {
  const ch = new MessageChannel();
  channels.push(ch);
  serveRpc<P>(ch.port1 as unknown as MessagePort, {
    echo: ({ text }) => `« ${text} »`,
    slow: ({ ms }) => new Promise((r) => setTimeout(() => r(true), ms)),
    boom: () => {
      throw new Error('cassé');
    },
  });
  return rpcClient<P>(ch.port2 as unknown as MessagePort);
}

describe('the editor bridge channel (requests and answers over a MessagePort)', () => {
  it('answers each request with its handler’s result', async () => {
    const c = pair();
    const [a, b] = await Promise.all([
      c.request('echo', { text: 'un' }, 1000),
      c.request('echo', { text: 'deux' }, 1000),
    ]);
    expect(a).toEqual({ ok: true, value: '« un »' });
    expect(b).toEqual({ ok: true, value: '« deux »' });
  });

  it('an answer later than the deadline is a timeout, never a success', async () => {
    const c = pair();
    expect(await c.request('slow', { ms: 200 }, 30)).toEqual({ ok: false, why: 'timeout' });
    expect(await c.request('slow', { ms: 1 }, 1000)).toEqual({ ok: true, value: true });
  });

  it('a handler that throws, or an unknown method, is an error', async () => {
    const c = pair();
    expect(await c.request('boom', undefined as never, 1000)).toEqual({
      ok: false,
      why: 'error',
      message: 'cassé',
    });
    const raw = c as unknown as { request(m: string, d: unknown, t: number): Promise<unknown> };
    expect(await raw.request('toString', {}, 1000)).toMatchObject({ ok: false, why: 'error' });
  });
});
