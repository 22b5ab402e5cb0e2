// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startChecks } from '@/entrypoints/certifpro.content/checks/controller';
import { bandOf, isNear } from '@/entrypoints/certifpro.content/checks/viewport-band';
import { fakeSource, nextFrame, recognised } from './fields';

const rect = (x: number, y: number, w: number, h: number) =>
  ({ left: x, top: y, right: x + w, bottom: y + h, width: w, height: h, x, y }) as DOMRect;

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  document.body.innerHTML = '';
});

describe('badges are rendered only near the viewport', () => {
  it('the band is the viewport and one screen above and below it, in the overlay’s coordinates', () => {
    const band = bandOf(rect(0, -5000, 0, 0), 800);
    expect(band).toEqual({ top: 4200, bottom: 6600 });
    expect(isNear(5000, band)).toBe(true);
    expect(isNear(100, band)).toBe(false);
  });

  it('a far badge is not rendered until the page scrolls to it', async () => {
    abort = new AbortController();
    document.body.innerHTML = '<input id="near"><input id="far">';
    const near = document.getElementById('near') as HTMLInputElement;
    const far = document.getElementById('far') as HTMLInputElement;
    near.getBoundingClientRect = () => rect(100, 100, 400, 40);
    far.getBoundingClientRect = () => rect(100, 20_000, 400, 40);
    const limit = { pageLimit: { limit: 50, source: '' } };
    const ctl = startChecks(fakeSource([recognised(near, limit), recognised(far, limit)]), {
      signal: abort.signal,
    });
    let scrolled = 0;
    ctl.overlay.host.getBoundingClientRect = () => rect(0, -scrolled, 0, 0);
    near.getBoundingClientRect = () => rect(100, 100 - scrolled, 400, 40);
    far.getBoundingClientRect = () => rect(100, 20_000 - scrolled, 400, 40);
    await nextFrame();
    // Only the near field's badge exists in the overlay; the far one's is not even created.
    const badges = () =>
      [...ctl.overlay.layer.querySelectorAll<HTMLElement>('.anchor.near .badge')].map(
        (b) => `${b.dataset.key}: ${b.textContent}`,
      );
    expect(badges()).toEqual(['c1: 0 / 50']);
    expect(ctl.overlay.layer.children).toHaveLength(1);
    far.value = 'tapé plus bas';
    far.dispatchEvent(new Event('input', { bubbles: true }));
    await nextFrame();
    expect(ctl.overlay.layer.children).toHaveLength(1);
    scrolled = 19_800;
    document.dispatchEvent(new Event('scroll'));
    await nextFrame();
    // Its counter was kept all along: only its DOM waited.
    expect(badges()).toEqual(['c2: 13 / 50']);
    expect(ctl.overlay.layer.children).toHaveLength(1);
  });

  it('the overlay’s size follows the viewport, not the page: 3 000 fields, a few dozen badges', async () => {
    abort = new AbortController();
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => `<textarea id="t${i}"></textarea>`).join(
      '',
    );
    const fields = [...document.querySelectorAll('textarea')];
    fields.forEach((t, i) => {
      t.getBoundingClientRect = () => rect(100, 100 + i * 60, 400, 40);
    });
    const limit = { pageLimit: { limit: 500, source: '' } };
    const ctl = startChecks(fakeSource(fields.map((t) => recognised(t, limit))), { signal: abort.signal });
    ctl.overlay.host.getBoundingClientRect = () => rect(0, 0, 0, 0);
    await nextFrame();
    const rendered = ctl.overlay.layer.children.length;
    // The viewport (768 px in happy-dom) and one screen above and below: about 40 fields of 60 px.
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
    expect(ctl.overlay.shadow.querySelectorAll('*').length).toBeLessThan(400);
  });
});
