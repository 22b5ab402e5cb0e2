/**
 * Test builds only (`--mode test`): the overlay's shadow root is closed, and Firefox's e2e cannot
 * run code in the content script's world. A test dispatches `certifill-test-overlay` on an element
 * of its own; this writes what the overlay shows into that element's `data-overlay` (JSON), at once.
 * The store build never contains it (import.meta.env.MODE is a build-time constant).
 */
export const TEST_OVERLAY_EVENT = 'certifill-test-overlay';

export function exposeOverlayForTests(shadow: ShadowRoot, signal: AbortSignal): void {
  if (import.meta.env.MODE !== 'test') return;
  shadow.ownerDocument.addEventListener(
    TEST_OVERLAY_EVENT,
    (e) => {
      const probe = e.target as HTMLElement | null;
      if (!probe?.setAttribute) return;
      const badges = [...shadow.querySelectorAll<HTMLElement>('.badge')].map((b) => {
        const r = b.getBoundingClientRect();
        return {
          key: b.dataset.key ?? '',
          path: b.dataset.path ?? '',
          cls: b.className,
          texts: [...b.children].map((c) => c.textContent ?? ''),
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      });
      const live = shadow.querySelector('[aria-live]')?.textContent ?? '';
      probe.setAttribute('data-overlay', JSON.stringify({ badges, live }));
    },
    { signal, capture: true },
  );
}
