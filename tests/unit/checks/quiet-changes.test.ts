// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startChecks } from '@/entrypoints/certifpro.content/checks/controller';
import { fakeSource, nextFrame, recognised } from './fields';

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('changes that fire no input event', () => {
  it('a rich-text editor changed through its own API (Quill paste, undo)', async () => {
    abort = new AbortController();
    document.body.innerHTML = '<div id="r" contenteditable="true"><p>ab</p></div>';
    const r = document.querySelector('#r') as HTMLElement;
    const ctl = startChecks(
      fakeSource([recognised(r, { control: 'richtext', pageLimit: { limit: 5, source: '' } })]),
      {
        signal: abort.signal,
      },
    );
    await nextFrame();
    r.innerHTML = '<p>abcdef</p>'; // no event, as an editor's API would do
    await new Promise((ok) => setTimeout(ok, 0)); // mutation records
    await nextFrame();
    expect(ctl.overlay.layer.querySelector('.badge .count')?.textContent).toBe('6 / 5');
  });

  it('a focused field whose value is written directly (dictation software) is re-read each second', async () => {
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'requestAnimationFrame'],
    });
    abort = new AbortController();
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const t = document.querySelector('#t') as HTMLTextAreaElement;
    const ctl = startChecks(fakeSource([recognised(t, { pageLimit: { limit: 10, source: '' } })]), {
      signal: abort.signal,
    });
    vi.advanceTimersByTime(20);
    t.focus();
    t.value = 'dicté';
    vi.advanceTimersByTime(1020);
    expect(ctl.overlay.layer.querySelector('.badge .count')?.textContent).toBe('5 / 10');
    t.blur();
    vi.advanceTimersByTime(200);
    t.value = 'encore plus long';
    vi.advanceTimersByTime(3000);
    expect(ctl.overlay.layer.querySelector('.badge .count')?.textContent).toBe('5 / 10');
  });
});
