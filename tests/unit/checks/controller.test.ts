// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startChecks } from '@/entrypoints/certifpro.content/checks/controller';
import { fakeSource, nextFrame, recognised, type } from './fields';

const N = '\u202f';
let abort: AbortController;

function setup(html: string) {
  document.body.innerHTML = html;
  abort = new AbortController();
}
const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
const badgeOf = (ctl: ReturnType<typeof startChecks>, key: string) =>
  ctl.overlay.layer.querySelector<HTMLElement>(`[data-key="${key}"]`);
const texts = (el: HTMLElement | null) => [...(el?.children ?? [])].map((c) => c.textContent);

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => abort?.abort());

describe('live checks on the page', () => {
  it('shows « count / limit » under a text field and updates it on the keystroke’s frame', async () => {
    setup('<div class="fr-input-group"><input id="t" class="fr-input"></div>');
    const t = $<HTMLInputElement>('#t');
    const src = fakeSource([
      recognised(t, {
        fieldId: 'fiche.intitule',
        path: 'fiche.intitule',
        pageLimit: { limit: 3000, source: 'maxlength' },
      }),
    ]);
    const ctl = startChecks(src, { signal: abort.signal });
    await nextFrame();
    const key = ctl.summary().items[0]?.key ?? 'c1';
    expect(texts(badgeOf(ctl, key))).toEqual([`0 / 3${N}000`]);
    type(t, 'a'.repeat(1234));
    await nextFrame();
    expect(texts(badgeOf(ctl, key))).toEqual([`1${N}234 / 3${N}000`]);
    expect(badgeOf(ctl, key)?.className).toContain('ok');
  });

  it('turns to warning from 90 % and to error past the limit, with the French message', async () => {
    setup('<textarea id="t"></textarea>');
    const t = $<HTMLTextAreaElement>('#t');
    const ctl = startChecks(fakeSource([recognised(t, { pageLimit: { limit: 10, source: 'x / 10' } })]), {
      signal: abort.signal,
    });
    type(t, '123456789');
    await nextFrame();
    const b = ctl.overlay.layer.querySelector<HTMLElement>('.badge');
    expect(b?.className).toContain('warning');
    type(t, '1234567890123');
    await nextFrame();
    expect(b?.className).toContain('error');
    expect(texts(b)).toEqual(['13 / 10', '3 caractères en trop (limite : 10, indiquée par la page)']);
  });

  it('a long text without a known limit shows its count once filled, a short one nothing', async () => {
    setup('<textarea id="t"></textarea><input id="i">');
    const t = $<HTMLTextAreaElement>('#t');
    const i = $<HTMLInputElement>('#i');
    const ctl = startChecks(
      fakeSource([
        recognised(t, { fieldId: 'fiche.typesEmplois', path: 'fiche.typesEmplois' }),
        recognised(i, { fieldId: 'compte.nom', path: 'compte.nom' }),
      ]),
      { signal: abort.signal },
    );
    await nextFrame();
    expect(ctl.overlay.layer.querySelectorAll('.badge')).toHaveLength(0);
    type(t, 'Technicien réseau');
    type(i, 'Martin');
    await nextFrame();
    expect([...ctl.overlay.layer.querySelectorAll('.badge')].map((b) => b.textContent)).toEqual([
      '17 caractères',
    ]);
  });

  it('counts emoji and CRLF as a person does', async () => {
    setup('<textarea id="t"></textarea>');
    const t = $<HTMLTextAreaElement>('#t');
    const ctl = startChecks(fakeSource([recognised(t, { pageLimit: { limit: 5, source: '' } })]), {
      signal: abort.signal,
    });
    type(t, '👩‍💻\r\né');
    await nextFrame();
    expect(texts(ctl.overlay.layer.querySelector('.badge'))).toEqual(['3 / 5']);
  });

  it('counts the plain text of a rich-text editor', async () => {
    setup('<div id="r" contenteditable="true"><p>ab</p><p>c&amp;d</p></div>');
    const r = $<HTMLDivElement>('#r');
    const ctl = startChecks(
      fakeSource([recognised(r, { control: 'richtext', pageLimit: { limit: 100, source: '' } })]),
      { signal: abort.signal },
    );
    await nextFrame();
    expect(texts(ctl.overlay.layer.querySelector('.badge'))).toEqual(['6 / 100']);
  });

  it('does nothing for fields it does not check (no frame requested)', async () => {
    setup('<input id="a"><input id="b">');
    startChecks(fakeSource([recognised($('#a'), { fieldId: 'fiche.intitule', path: 'fiche.intitule' })]), {
      signal: abort.signal,
    });
    await nextFrame();
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    type($<HTMLInputElement>('#b'), 'x');
    expect(raf).not.toHaveBeenCalled();
    type($<HTMLInputElement>('#a'), 'x');
    expect(raf).toHaveBeenCalledTimes(1);
    type($<HTMLInputElement>('#a'), 'xy');
    expect(raf).toHaveBeenCalledTimes(1); // coalesced into one frame
  });

  it('reads no layout in the input handler, and in the frame only when a page message changed', async () => {
    setup(
      '<div class="fr-input-group"><textarea id="t"></textarea><p class="fr-error-text" id="m"></p></div>',
    );
    const t = $<HTMLTextAreaElement>('#t');
    const ctl = startChecks(fakeSource([recognised(t, { pageLimit: { limit: 10, source: '' } })]), {
      signal: abort.signal,
    });
    await nextFrame();
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const style = vi.spyOn(window, 'getComputedStyle');
    type(t, 'abc');
    expect(rects).not.toHaveBeenCalled();
    await nextFrame();
    // The badge's place is known and nothing under the field changed: no layout is read at all.
    expect(rects).not.toHaveBeenCalled();
    expect(ctl.overlay.layer.querySelector('.count')?.textContent).toContain('3');
    $('#m').textContent = 'Texte trop long';
    type(t, 'abcd');
    await nextFrame();
    expect(rects).toHaveBeenCalled();
    expect(style).not.toHaveBeenCalled();
  });

  it('shows « obligatoire » when a required field is cleared, and not before it is touched', async () => {
    setup('<input id="t">');
    const t = $<HTMLInputElement>('#t');
    const ctl = startChecks(
      fakeSource([recognised(t, { fieldId: 'fiche.intitule', path: 'fiche.intitule' })]),
      { signal: abort.signal },
    );
    await nextFrame();
    expect(ctl.overlay.layer.querySelector('.badge')).toBeNull();
    expect(ctl.summary().items.map((i) => i.message)).toEqual(['Ce champ est obligatoire.']);
    type(t, 'Titre');
    await nextFrame();
    type(t, '');
    await nextFrame();
    expect(texts(ctl.overlay.layer.querySelector('.badge'))).toEqual(['Ce champ est obligatoire.']);
  });

  it('shows format errors after leaving the field, and clears them while the person fixes them', async () => {
    setup('<input id="s">');
    const s = $<HTMLInputElement>('#s');
    const ctl = startChecks(fakeSource([recognised(s, { fieldId: 'compte.siret', path: 'compte.siret' })]), {
      signal: abort.signal,
    });
    type(s, '7328293200007');
    await nextFrame();
    const badge = () => ctl.overlay.layer.querySelector<HTMLElement>('.badge');
    expect(texts(badge())).toEqual(['13 / 14']);
    s.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await nextFrame();
    expect(texts(badge())).toEqual(['13 / 14', 'Le SIRET doit comporter 14 chiffres (13 saisis).']);
    type(s, '73282932000074');
    await nextFrame();
    expect(texts(badge())).toEqual(['14 / 14']);
  });

  it('does not repeat an error the page already shows (DSFR), but keeps the counter', async () => {
    setup(`<div class="fr-input-group fr-input-group--error"><input id="t" value="">
      <div class="fr-messages-group"><p class="fr-message fr-message--error">Champ requis</p></div></div>`);
    const t = $<HTMLInputElement>('#t');
    const ctl = startChecks(
      fakeSource([
        recognised(t, {
          fieldId: 'fiche.intitule',
          path: 'fiche.intitule',
          pageLimit: { limit: 20, source: '' },
        }),
      ]),
      { signal: abort.signal },
    );
    t.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await nextFrame();
    expect(texts(ctl.overlay.layer.querySelector('.badge'))).toEqual(['0 / 20']);
  });

  it('draws no second counter where the page shows its own, only the error the page does not show', async () => {
    setup(`<div class="fr-input-group"><textarea id="t" aria-describedby="t-c"></textarea>
      <p id="t-c" class="fr-hint-text" aria-live="polite">0 / 10 caractères</p></div>`);
    const t = $<HTMLTextAreaElement>('#t');
    const counter = $<HTMLElement>('#t-c');
    const ctl = startChecks(
      fakeSource([
        recognised(t, { pageLimit: { limit: 10, source: '0 / 10 caractères' }, pageCounter: true }),
      ]),
      { signal: abort.signal },
    );
    await nextFrame();
    expect(ctl.overlay.layer.querySelectorAll('.badge')).toHaveLength(0);
    type(t, '123456789'); // 90 %: the page's counter says it, no warning of ours
    counter.textContent = '9 / 10 caractères';
    await nextFrame();
    expect(ctl.overlay.layer.querySelectorAll('.badge')).toHaveLength(0);
    type(t, '1234567890123'); // past the limit: the page only counts, the badge says it is too long
    counter.textContent = '13 / 10 caractères';
    await nextFrame();
    const b = ctl.overlay.layer.querySelector<HTMLElement>('.badge');
    expect(texts(b)).toEqual(['3 caractères en trop (limite : 10, indiquée par la page)']);
    expect(b?.className).toContain('error');
    expect(ctl.summary().errors).toBe(1);
    // The page turns its counter into an error message: nothing of ours is left to add.
    counter.className = 'fr-message fr-message--error';
    counter.textContent = '13 / 10 caractères : 3 caractères en trop';
    type(t, '12345678901234');
    await nextFrame();
    expect(ctl.overlay.layer.querySelectorAll('.badge')).toHaveLength(0);
  });

  it('keeps its own counter where the page only states the maximum', async () => {
    setup(`<div class="fr-input-group"><label for="t">Texte <span class="fr-hint-text">10 caractères maximum</span></label>
      <textarea id="t"></textarea></div>`);
    const t = $<HTMLTextAreaElement>('#t');
    const ctl = startChecks(
      fakeSource([recognised(t, { pageLimit: { limit: 10, source: '10 caractères maximum' } })]),
      { signal: abort.signal },
    );
    type(t, '123');
    await nextFrame();
    expect(texts(ctl.overlay.layer.querySelector('.badge'))).toEqual(['3 / 10']);
  });

  it('makes the jury required when its voie d’accès turns « Autorisé »', async () => {
    setup(
      `<select id="v"><option value=""></option><option>Autorisé</option><option>Non autorisé</option></select><textarea id="j"></textarea>`,
    );
    const v = $<HTMLSelectElement>('#v');
    const j = $<HTMLTextAreaElement>('#j');
    const ctl = startChecks(
      fakeSource([
        recognised(v, {
          fieldId: 'fiche.voiesAcces.vae.autorise',
          path: 'fiche.voiesAcces.vae.autorise',
          control: 'select',
        }),
        recognised(j, {
          fieldId: 'fiche.voiesAcces.vae.compositionJury',
          path: 'fiche.voiesAcces.vae.compositionJury',
        }),
      ]),
      { signal: abort.signal },
    );
    await nextFrame();
    const jury = () => ctl.summary().items.filter((i) => i.path === 'fiche.voiesAcces.vae.compositionJury');
    expect(jury()).toEqual([]);
    v.value = 'Autorisé';
    v.dispatchEvent(new Event('change', { bubbles: true }));
    await nextFrame();
    expect(jury().map((i) => i.message)).toEqual([
      'Ce champ est obligatoire car cette voie d’accès est ouverte.',
    ]);
  });

  it('announces through one polite live region, only after typing pauses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'Date'] });
    try {
      setup('<textarea id="t"></textarea>');
      const t = $<HTMLTextAreaElement>('#t');
      const ctl = startChecks(fakeSource([recognised(t, { pageLimit: { limit: 20, source: '' } })]), {
        signal: abort.signal,
      });
      expect(ctl.overlay.shadow.querySelectorAll('[aria-live]')).toHaveLength(1);
      expect(ctl.overlay.live.getAttribute('aria-live')).toBe('polite');
      t.focus();
      type(t, 'a'.repeat(8));
      vi.advanceTimersByTime(20);
      type(t, 'a'.repeat(9));
      vi.advanceTimersByTime(499);
      expect(ctl.overlay.live.textContent).toBe('');
      vi.advanceTimersByTime(200);
      expect(ctl.overlay.live.textContent).toBe('Il vous reste 11 caractères.');
      expect(document.activeElement).toBe(t);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never moves the focus and leaves html and body untouched', async () => {
    setup('<input id="t">');
    const t = $<HTMLInputElement>('#t');
    const before = [
      document.documentElement.getAttributeNames(),
      document.body.getAttributeNames(),
      document.body.style.cssText,
    ];
    t.focus();
    startChecks(
      fakeSource([
        recognised(t, {
          fieldId: 'fiche.intitule',
          path: 'fiche.intitule',
          pageLimit: { limit: 5, source: '' },
        }),
      ]),
      { signal: abort.signal },
    );
    type(t, 'abcdefgh');
    await nextFrame();
    expect(document.activeElement).toBe(t);
    expect([
      document.documentElement.getAttributeNames(),
      document.body.getAttributeNames(),
      document.body.style.cssText,
    ]).toEqual(before);
    expect(t.getAttributeNames()).toEqual(['id']);
  });

  it('uses one marked shadow host and removes everything when the context ends', async () => {
    setup('<input id="t">');
    const t = $<HTMLInputElement>('#t');
    const ctl = startChecks(fakeSource([recognised(t, { pageLimit: { limit: 5, source: '' } })]), {
      signal: abort.signal,
    });
    expect(document.querySelectorAll('[data-certifill-ui]')).toHaveLength(1);
    expect(ctl.overlay.host.shadowRoot).toBeNull();
    expect(ctl.overlay.shadow.querySelector('[aria-live]')).not.toBeNull();
    abort.abort();
    expect(document.querySelectorAll('[data-certifill-ui]')).toHaveLength(0);
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    type(t, 'abc');
    expect(raf).not.toHaveBeenCalled();
  });

  it('follows the scan: new fields get badges, removed ones lose them', async () => {
    setup('<input id="a"><input id="b">');
    const a = recognised($('#a'), { pageLimit: { limit: 5, source: '' } });
    const src = fakeSource([a]);
    const ctl = startChecks(src, { signal: abort.signal });
    await nextFrame();
    expect(ctl.overlay.layer.querySelectorAll('.badge')).toHaveLength(1);
    src.set([recognised($('#b'), { pageLimit: { limit: 5, source: '' } })]);
    await nextFrame();
    expect(ctl.overlay.layer.querySelectorAll('.badge')).toHaveLength(1);
    expect(ctl.overlay.layer.querySelector<HTMLElement>('.badge')?.dataset.key).not.toBe('c1');
  });

  it('summarises the page and jumps to a field on request', async () => {
    setup('<input id="a"><input id="b"><input id="c">');
    const ctl = startChecks(
      fakeSource([
        recognised($('#a'), { fieldId: 'fiche.intitule', path: 'fiche.intitule', label: 'Intitulé' }),
        recognised($('#b'), { decision: 'a_verifier', label: 'Champ libre' }),
        recognised($('#c'), { fieldId: 'compte.email', path: 'compte.email', label: 'Courriel' }),
      ]),
      { signal: abort.signal },
    );
    type($<HTMLInputElement>('#c'), 'pas-un-courriel');
    await nextFrame();
    const s = ctl.summary();
    expect([s.recognised, s.toVerify, s.missing, s.errors]).toEqual([2, 1, 1, 1]);
    expect(s.items.map((i) => [i.label, i.kind])).toEqual([
      ['Courriel', 'error'],
      ['Intitulé', 'missing'],
      ['Champ libre', 'a_verifier'],
    ]);
    const toggle = ctl.overlay.panel.querySelector('button');
    expect(toggle?.textContent).toBe('Certifill : 1 erreur · 1 à compléter · 1 à vérifier');
    expect(ctl.focus(s.items[1]?.key ?? '')).toBe(true);
    expect(document.activeElement?.id).toBe('a');
    expect(ctl.focus('inconnu')).toBe(false);
  });
});
