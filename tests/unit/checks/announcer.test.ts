// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '@/entrypoints/certifpro.content/checks/announcer';

// The spy on the fake setTimeout goes first: restored after the real timers, it would put the fake one back.
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the debounced live region', () => {
  it('speaks the last sentence once typing pauses, with one timer for a whole burst', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const live = document.createElement('div');
    const set = vi.spyOn(globalThis, 'setTimeout');
    const a = createAnnouncer(live, 600);
    for (let i = 1; i <= 30; i++) {
      a.say(`Il vous reste ${100 - i} caractères.`);
      vi.advanceTimersByTime(50); // 30 keys, 50 ms apart
    }
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(549);
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(1);
    expect(live.textContent).toBe('Il vous reste 70 caractères.');
    expect(set.mock.calls.length).toBeLessThanOrEqual(4);
    // The same sentence again is not repeated; cancel drops what is pending.
    live.textContent = 'lu';
    a.say('Il vous reste 70 caractères.');
    vi.advanceTimersByTime(600);
    expect(live.textContent).toBe('lu');
    a.say('Autre phrase.');
    a.cancel();
    vi.advanceTimersByTime(2000);
    expect(live.textContent).toBe('lu');
  });
});
