// The background injects the pre-fill engine into the frame that asks, in the isolated world.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Handler = (m: { data: unknown; sender: unknown }) => unknown;
const bus = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('@/utils/messaging/background-messenger', () => ({
  backgroundMessenger: {
    onMessage: (type: string, handler: Handler) => {
      bus.handlers.set(type, handler);
      return () => bus.handlers.delete(type);
    },
  },
}));

const { registerBackgroundHandlers, PREFILL_ENGINE_FILE } = await import(
  '@/utils/messaging/background-handlers'
);

beforeEach(() => {
  bus.handlers.clear();
  registerBackgroundHandlers();
});

describe('loadPrefillEngine', () => {
  it('runs the engine file in the sending tab and frame', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
    await bus.handlers.get('loadPrefillEngine')?.({
      data: undefined,
      sender: { tab: { id: 7 }, frameId: 3 },
    });
    expect(execute).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [PREFILL_ENGINE_FILE],
    });
    expect(PREFILL_ENGINE_FILE).toBe('/prefill-engine.js');
  });

  it('refuses a sender that is not a tab (an extension page)', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
    await expect(
      Promise.resolve(bus.handlers.get('loadPrefillEngine')?.({ data: undefined, sender: {} })),
    ).rejects.toThrow(/Certif Pro/);
    expect(execute).not.toHaveBeenCalled();
  });
});
