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
    const anchors = () =>
      [...ctl.overlay.layer.querySelectorAll<HTMLElement>('.anchor')].map((a) =>
        a.classList.contains('near'),
      );
    expect(anchors()).toEqual([true, false]);
    scrolled = 19_800;
    document.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(anchors()).toEqual([false, true]);
    // Its counter is there all along: only its rendering waited.
    expect(ctl.overlay.layer.querySelectorAll('.badge .count')).toHaveLength(2);
  });
});
