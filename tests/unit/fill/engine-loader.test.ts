// The pre-fill engine is injected on the panel's first request: once per document, shared by
// requests that arrive meanwhile, tried again after a failure, with a French message.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const bus = vi.hoisted(() => ({ inject: async (): Promise<void> => undefined, sent: [] as string[] }));

vi.mock('@/utils/messaging/background-messenger', () => ({
  backgroundMessenger: {
    sendMessage: async (type: string) => {
      bus.sent.push(type);
      await bus.inject();
    },
  },
}));

const { ENGINE_UNAVAILABLE, engineLoader } = await import('@/entrypoints/certifpro.content/engine-loader');
const { offerEngine, offeredEngine } = await import('@/entrypoints/certifpro.content/engine-slot');
type EngineFactory = import('@/entrypoints/certifpro.content/engine-slot').EngineFactory;
type PageEngine = import('@/entrypoints/certifpro.content/page-engine').PageEngine;

const SLOT = Symbol.for('certifill.prefill-engine');
const host = {
  ctx: {} as ContentScriptContext,
  service: {} as never,
  setProgress: () => undefined,
};

/** An engine whose scan says which factory built it. */
const factoryNamed = (name: string): EngineFactory =>
  vi.fn(() => ({ scan: async () => ({ host: name }) }) as unknown as PageEngine);

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SLOT];
  bus.sent = [];
  bus.inject = async () => undefined;
});

describe('engineLoader', () => {
  it('injects once for requests that arrive together, and builds one engine', async () => {
    const factory = factoryNamed('a');
    bus.inject = async () => {
      await new Promise((r) => setTimeout(r, 20));
      offerEngine(factory);
    };
    const engine = engineLoader(host);
    const [one, two] = await Promise.all([engine(), engine()]);
    expect(one).toBe(two);
    expect(await engine()).toBe(one);
    expect(bus.sent).toEqual(['loadPrefillEngine']);
    expect(factory).toHaveBeenCalledTimes(1);
    expect(factory).toHaveBeenCalledWith(host);
  });

  it('does not ask the background when the engine is already in the document', async () => {
    offerEngine(factoryNamed('already'));
    const engine = await engineLoader(host)();
    expect(await engine.scan()).toEqual({ host: 'already' });
    expect(bus.sent).toEqual([]);
  });

  it('says in French that the module could not be loaded, then tries again on the next request', async () => {
    bus.inject = async () => {
      throw new Error('Cannot access contents of the page');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const engine = engineLoader(host);
    await expect(engine()).rejects.toThrow(ENGINE_UNAVAILABLE);
    expect(warn).toHaveBeenCalled();
    bus.inject = async () => offerEngine(factoryNamed('second'));
    expect(await (await engine()).scan()).toEqual({ host: 'second' });
    expect(bus.sent).toEqual(['loadPrefillEngine', 'loadPrefillEngine']);
  });

  it('fails clearly when the injection ran but no engine offered itself', async () => {
    await expect(engineLoader(host)()).rejects.toThrow(ENGINE_UNAVAILABLE);
    expect(ENGINE_UNAVAILABLE).toMatch(/rechargez la page/);
  });
});

describe('offerEngine', () => {
  it('keeps the first engine when the script is injected twice', () => {
    const first = factoryNamed('first');
    offerEngine(first);
    offerEngine(factoryNamed('second'));
    expect(offeredEngine()).toBe(first);
  });
});
