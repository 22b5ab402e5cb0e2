// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startChecks } from '@/entrypoints/certifpro.content/checks/controller';
import { watchResizes } from '@/entrypoints/certifpro.content/checks/resize-watch';
import { fakeSource, nextFrame, recognised } from './fields';

/** A ResizeObserver the test drives: what is observed, and reports on demand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed = new Set<Element>();
  constructor(readonly cb: ResizeObserverCallback) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  report(el: Element, width: number, height: number) {
    const entry = { target: el, contentRect: { width, height } } as unknown as ResizeObserverEntry;
    this.cb([entry], this as unknown as ResizeObserver);
  }
}

let abort = new AbortController();
beforeEach(() => {
  abort = new AbortController();
  vi.stubGlobal('ResizeObserver', FakeObserver);
});
afterEach(() => {
  abort.abort();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('resize watch', () => {
  it('a first report is no change; a new size is; an unwatched field is let go', () => {
    const changed = vi.fn();
    const watch = watchResizes(document, changed);
    const ro = FakeObserver.last as FakeObserver;
    const el = document.createElement('textarea');
    expect(ro.observed.has(document.body)).toBe(true);
    watch.watch(el, true);
    ro.report(el, 300, 40);
    expect(changed).not.toHaveBeenCalled();
    ro.report(el, 300, 40);
    expect(changed).not.toHaveBeenCalled();
    ro.report(el, 300, 80);
    expect(changed).toHaveBeenCalledTimes(1);
    watch.watch(el, false);
    expect(ro.observed.has(el)).toBe(false);
    watch.watch(el, true);
    ro.report(el, 300, 120); // first report again after a pause: nothing moved for us
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('only the fields whose badges are rendered near the viewport are observed', async () => {
    document.body.innerHTML = '<input id="near"><textarea id="far"></textarea>';
    const near = document.getElementById('near') as HTMLInputElement;
    const far = document.getElementById('far') as HTMLTextAreaElement;
    const at = (top: number) => () =>
      ({ top, bottom: top + 30, left: 0, right: 300, width: 300, height: 30 }) as DOMRect;
    near.getBoundingClientRect = at(100);
    far.getBoundingClientRect = at(50_000);
    startChecks(
      fakeSource([
        recognised(near, { pageLimit: { limit: 50, source: '' } }),
        recognised(far, { pageLimit: { limit: 50, source: '' } }),
      ]),
      { signal: abort.signal },
    );
    await nextFrame();
    const ro = FakeObserver.last as FakeObserver;
    expect(ro.observed.has(near)).toBe(true);
    expect(ro.observed.has(far)).toBe(false);
    expect(ro.observed.has(document.body)).toBe(true);
  });
});
