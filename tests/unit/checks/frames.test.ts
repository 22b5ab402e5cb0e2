// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startChecks } from '@/entrypoints/certifpro.content/checks/controller';
import { fakeSource, nextFrame, recognised } from './fields';

let abort = new AbortController();
afterEach(() => abort.abort());

describe('fields of a same-origin frame scanned by the top document', () => {
  it('follows their input events (sent to the frame’s own document)', async () => {
    abort = new AbortController();
    // happy-dom loads no frame: another document stands in for the frame's.
    const inner = document.implementation.createHTMLDocument('cadre');
    inner.body.innerHTML = '<textarea id="t"></textarea>';
    const t = inner.querySelector('textarea') as HTMLTextAreaElement;
    const ctl = startChecks(
      fakeSource([recognised(t, { control: 'textarea', pageLimit: { limit: 10, source: '' } })]),
      {
        signal: abort.signal,
      },
    );
    await nextFrame();
    t.value = 'abcd';
    t.dispatchEvent(new Event('input', { bubbles: true }));
    await nextFrame();
    expect(ctl.overlay.layer.querySelector('.badge .count')?.textContent).toBe('4 / 10');
  });
});
