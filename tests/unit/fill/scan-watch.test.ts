// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFieldMarks, MARK_ATTR } from '@/entrypoints/certifpro.content/field-marks';
import { isRelevant, mayMatter } from '@/entrypoints/certifpro.content/mutation-filter';
import { createScheduler } from '@/entrypoints/certifpro.content/rescan-scheduler';
import { discoverRoots } from '@/entrypoints/certifpro.content/scan-roots';
import { field, html } from './field';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const mo = new MutationObserver((r) => seen.push(...r));
  mo.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'disabled'],
  });
  change();
  await new Promise((r) => setTimeout(r, 0));
  seen.push(...mo.takeRecords());
  mo.disconnect();
  return seen;
}

describe('which mutations trigger a rescan', () => {
  it('added or removed nodes that are or hold controls or labels', async () => {
    const host = html('<div></div>');
    const added = await recordsOf(() => {
      host.innerHTML = '<section><label for="x">Intitulé</label><input id="x"></section>';
    });
    expect(isRelevant(added)).toBe(true);
    const removed = await recordsOf(() => host.replaceChildren());
    expect(isRelevant(removed)).toBe(true);
  });

  it('not text typed into an editor, nor a counter update, nor our own UI', async () => {
    const editor = html('<div contenteditable="true"><p>a</p></div>');
    const typing = await recordsOf(() =>
      editor.append(Object.assign(document.createElement('p'), { textContent: 'b' })),
    );
    expect(isRelevant(typing)).toBe(false);
    const ours = html('<div data-certifill-ui></div>');
    const badges = await recordsOf(() => {
      ours.innerHTML = '<label>compteur</label><input>';
    });
    expect(isRelevant(badges)).toBe(false);
  });

  it('a counter rewritten on every keystroke is dropped on arrival; element changes and attributes are kept', async () => {
    const counter = html('<p aria-live="polite">0 / 3 000</p>');
    const text = await recordsOf(() => {
      counter.textContent = '1 / 3 000';
    });
    expect(text.length).toBeGreaterThan(0);
    expect(text.filter(mayMatter)).toEqual([]);
    const host = html('<div></div>');
    const added = await recordsOf(() => {
      host.innerHTML = '<label for="y">Intitulé</label><input id="y">';
    });
    expect(isRelevant(added.filter(mayMatter))).toBe(true);
    const block = html('<div><input></div>');
    const attr = await recordsOf(() => block.setAttribute('hidden', ''));
    expect(attr.filter(mayMatter)).toEqual(attr);
    // Dropping never changes the verdict: whatever is dropped could not have been relevant.
    for (const batch of [text, added, attr])
      expect(isRelevant(batch.filter(mayMatter))).toBe(isRelevant(batch));
  });

  it('a watched attribute on a control (disabled) or on a block holding one (hidden)', async () => {
    const block = html('<div><input></div>');
    expect(isRelevant(await recordsOf(() => block.setAttribute('hidden', '')))).toBe(true);
    const para = html('<p>texte</p>');
    expect(isRelevant(await recordsOf(() => para.setAttribute('hidden', '')))).toBe(false);
  });
});

describe('rescan scheduling backs off under bursts', () => {
  it('one flush after a quiet period, longer waits while mutations keep coming, capped', () => {
    vi.useFakeTimers();
    const flush = vi.fn();
    const s = createScheduler(flush, {
      setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      now: () => Date.now(),
    });
    s.poke();
    vi.advanceTimersByTime(149);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(flush).toHaveBeenCalledTimes(1);
    // A burst: a batch every 100 ms for 10 s → flushed at most every 5 s, never per batch.
    for (let t = 0; t < 10_000; t += 100) {
      s.poke();
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(5000);
    expect(flush.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(flush.mock.calls.length).toBeLessThanOrEqual(4);
  });
});

describe('rescan scheduling keeps one timer', () => {
  it('a poke per keystroke sets no timer while one is pending, and the flush still waits for quiet', () => {
    vi.useFakeTimers();
    const flush = vi.fn();
    let set = 0;
    let cleared = 0;
    const s = createScheduler(flush, {
      setTimeout: (fn, ms) => {
        set += 1;
        return setTimeout(fn, ms) as unknown as number;
      },
      clearTimeout: (id) => {
        cleared += 1;
        clearTimeout(id);
      },
      now: () => Date.now(),
    });
    // 50 keystrokes 20 ms apart (1 s of typing), each one poking.
    for (let i = 0; i < 50; i++) {
      s.poke();
      vi.advanceTimersByTime(20);
    }
    expect(flush).not.toHaveBeenCalled();
    expect(set).toBeLessThanOrEqual(4);
    expect(cleared).toBe(0);
    expect(s.pending()).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(s.pending()).toBe(false);
    s.poke();
    s.cancel();
    vi.advanceTimersByTime(5000);
    expect(flush).toHaveBeenCalledTimes(1);
  });
});

describe('data-certifill-field marks', () => {
  it('marks auto and taught controls with their path, and unmarks what is no longer recognised', () => {
    const a = html<HTMLInputElement>('<input>');
    const b = html<HTMLInputElement>('<input>');
    const marks = createFieldMarks();
    marks.update([
      field(a, { path: 'fiche.blocs[1].libelle' }),
      field(b, { path: null, decision: 'a_verifier' }),
    ]);
    expect(a.getAttribute(MARK_ATTR)).toBe('fiche.blocs[1].libelle');
    expect(b.hasAttribute(MARK_ATTR)).toBe(false);
    marks.update([field(b, { path: 'fiche.intitule', decision: 'taught' })]);
    expect(a.hasAttribute(MARK_ATTR)).toBe(false);
    expect(b.getAttribute(MARK_ATTR)).toBe('fiche.intitule');
    marks.clear();
    expect(b.hasAttribute(MARK_ATTR)).toBe(false);
  });
});

describe('roots the observer watches', () => {
  it('finds open shadow roots, nested, besides the document', () => {
    const host = html('<div></div>');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="inner"></div><input>';
    const inner = shadow.getElementById('inner') as HTMLElement;
    const nested = inner.attachShadow({ mode: 'open' });
    nested.innerHTML = '<textarea></textarea>';
    const roots = discoverRoots(document);
    expect(roots[0]).toBe(document);
    expect(roots).toContain(shadow);
    expect(roots).toContain(nested);
  });
});
