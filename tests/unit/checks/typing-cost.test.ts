// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startChecks } from '@/entrypoints/certifpro.content/checks/controller';
import { evaluate } from '@/entrypoints/certifpro.content/checks/field-state';
import { Registry } from '@/entrypoints/certifpro.content/checks/registry';
import { buildSummary } from '@/entrypoints/certifpro.content/checks/summary';
import { createTally } from '@/entrypoints/certifpro.content/checks/tally';
import { discoverRoots } from '@/entrypoints/certifpro.content/scan-roots';
import { fakeSource, nextFrame, recognised, type } from './fields';

let abort = new AbortController();
beforeEach(() => {
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  document.body.innerHTML = '';
});

describe('what a keystroke costs', () => {
  it('the counts move field by field and always equal a full summary', () => {
    document.body.innerHTML = '<input id="a"><input id="b"><textarea id="c"></textarea><input id="d">';
    const el = (id: string) => document.getElementById(id) as HTMLInputElement;
    const fields = [
      recognised(el('a'), { fieldId: 'fiche.intitule', path: 'fiche.intitule' }),
      recognised(el('b'), { fieldId: 'compte.email', path: 'compte.email' }),
      recognised(el('c'), { pageLimit: { limit: 5, source: '' } }),
      recognised(el('d'), { decision: 'a_verifier' }),
    ];
    const reg = new Registry();
    reg.sync(fields, new Map());
    const tally = createTally();
    tally.reset(reg.fields, (e) => reg.stateOf(e));
    const full = () => {
      const {
        url: _u,
        items: _i,
        ...counts
      } = buildSummary({
        url: '',
        fields: reg.fields,
        keyOf: (e) => reg.keyOf(e),
        stateOf: (e) => reg.stateOf(e),
      });
      return counts;
    };
    expect(tally.counts()).toEqual(full());
    for (const [id, value] of [
      ['a', 'Titre'],
      ['b', 'pas-un-courriel'],
      ['c', 'beaucoup trop long'],
      ['b', 'a@b.fr'],
      ['a', ''],
      ['c', 'ok'],
    ] as const) {
      el(id).value = value;
      const s = reg.stateOf(el(id));
      if (!s) throw new Error(id);
      evaluate(s);
      tally.update(s);
      expect(tally.counts()).toEqual(full());
    }
  });

  it('a textarea scrolling its own text re-places no badge; a scrolling container does', async () => {
    document.body.innerHTML = '<div id="box"><textarea id="t"></textarea><input id="i"></div>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    startChecks(
      fakeSource([
        recognised(t, { pageLimit: { limit: 50, source: '' } }),
        recognised(document.getElementById('i') as HTMLElement, { pageLimit: { limit: 5, source: '' } }),
      ]),
      { signal: abort.signal },
    );
    await nextFrame();
    await nextFrame(); // the first placement, and the resize observer's first report
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    t.dispatchEvent(new Event('scroll'));
    expect(raf).not.toHaveBeenCalled();
    document.getElementById('box')?.dispatchEvent(new Event('scroll'));
    expect(raf).toHaveBeenCalledTimes(1);
    type(t, 'abc');
    await nextFrame();
  });

  it('a keystroke that only changes the page counter’s digits reads no layout; a new message does', async () => {
    document.body.innerHTML =
      '<div class="fr-input-group"><textarea id="t"></textarea><p class="fr-message" id="n">0 / 50</p></div>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const note = document.getElementById('n') as HTMLElement;
    startChecks(fakeSource([recognised(t, { pageLimit: { limit: 50, source: '' } })]), {
      signal: abort.signal,
    });
    await nextFrame();
    await nextFrame();
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    for (const text of ['a', 'ab', 'abcdefgh']) {
      type(t, text);
      note.textContent = `${text.length} / 50`; // the page's own counter, as pages write it
      await nextFrame();
    }
    expect(rects).not.toHaveBeenCalled();
    note.textContent = 'Le texte dépasse la limite autorisée.';
    type(t, 'abcdefghi');
    await nextFrame();
    expect(rects).toHaveBeenCalled();
    rects.mockRestore();
  });

  it('the input handler writes nothing: the badge waits for the frame, after the page’s own handlers', async () => {
    document.body.innerHTML =
      '<div class="fr-input-group"><input id="s"><p class="fr-error-text" id="m"></p></div>';
    const s = document.getElementById('s') as HTMLInputElement;
    s.value = '7328293200007';
    const ctl = startChecks(fakeSource([recognised(s, { fieldId: 'compte.siret', path: 'compte.siret' })]), {
      signal: abort.signal,
    });
    s.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await nextFrame();
    await nextFrame();
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    type(s, '732829320000');
    // The page writes its own error in its input handler, after ours: the frame sees it.
    (document.getElementById('m') as HTMLElement).textContent = 'SIRET invalide';
    // Work in the input handler would delay the next key's delivery (README, « Where that work runs »).
    const count = () => ctl.overlay.layer.querySelector('.count')?.textContent;
    expect(count()).toBe('13 / 14');
    expect(raf).toHaveBeenCalledTimes(1);
    await nextFrame();
    expect(count()).toBe('12 / 14');
    expect(ctl.overlay.layer.querySelector('.msg')).toBeNull();
    raf.mockRestore();
  });

  it('the rescan observer never watches our own overlay', async () => {
    document.body.innerHTML = '<input id="i">';
    const ctl = startChecks(
      fakeSource([
        recognised(document.getElementById('i') as HTMLElement, { pageLimit: { limit: 5, source: '' } }),
      ]),
      { signal: abort.signal },
    );
    const page = document.createElement('div');
    page.attachShadow({ mode: 'open' }).innerHTML = '<input>';
    document.body.append(page);
    const roots = discoverRoots(document);
    expect(roots).toContain(page.shadowRoot);
    expect(roots).not.toContain(ctl.overlay.shadow);
  });
});
