// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ControlSnapshot,
  restoreSnapshot,
  takeSnapshot as snapshotOrNull,
} from '@/entrypoints/certifpro.content/fill/snapshot';
import { writeField } from '@/entrypoints/certifpro.content/fill/write-field';
import { field, html } from './field';

vi.mock('wxt/utils/inject-script', () => ({ injectScript: vi.fn(async () => ({ script: null })) }));

const noFiles = { loadFiles: async () => [] };

async function takeSnapshot(f: Parameters<typeof snapshotOrNull>[0]): Promise<ControlSnapshot> {
  const snap = await snapshotOrNull(f);
  if (!snap) throw new Error('snapshot refused');
  return snap;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('undo: snapshot then restore puts every control back exactly', () => {
  it('text input and textarea', async () => {
    const input = html<HTMLInputElement>('<input type="text" value="saisi à la main">');
    const f = field(input);
    const snap = await takeSnapshot(f);
    expect(await writeField(f, { kind: 'text', text: 'Valeur du dossier' }, noFiles)).toEqual({ ok: true });
    expect(input.value).toBe('Valeur du dossier');
    expect(await restoreSnapshot(f, snap)).toEqual({ ok: true });
    expect(input.value).toBe('saisi à la main');
  });

  it('checkbox (clicked, not set) and radio group', async () => {
    const box = html<HTMLInputElement>('<input type="checkbox">');
    const clicks = vi.fn();
    box.addEventListener('click', clicks);
    const fb = field(box);
    const snapBox = await takeSnapshot(fb);
    await writeField(fb, { kind: 'checked', checked: true }, noFiles);
    expect(box.checked).toBe(true);
    expect(clicks).toHaveBeenCalledTimes(1);
    await restoreSnapshot(fb, snapBox);
    expect(box.checked).toBe(false);

    const group = html(
      '<div><input type="radio" name="r" value="Oui" checked><input type="radio" name="r" value="Non"></div>',
    );
    const radios = [...group.querySelectorAll('input')] as HTMLInputElement[];
    const fr = field(radios[0] as HTMLInputElement, { control: 'radio', radios });
    const snapRadio = await takeSnapshot(fr);
    await writeField(fr, { kind: 'choice', value: 'Non' }, noFiles);
    expect(radios[1]?.checked).toBe(true);
    await restoreSnapshot(fr, snapRadio);
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
  });

  it('select and select multiple', async () => {
    const select = html<HTMLSelectElement>(
      '<select><option value="">—</option><option>Niveau 5</option><option>Niveau 6</option></select>',
    );
    const fs = field(select);
    const snap = await takeSnapshot(fs);
    await writeField(fs, { kind: 'choice', value: 'Niveau 6' }, noFiles);
    expect(select.value).toBe('Niveau 6');
    await restoreSnapshot(fs, snap);
    expect(select.value).toBe('');

    const multi = html<HTMLSelectElement>(
      '<select multiple><option value="A" selected>A</option><option value="B">B</option><option value="C">C</option></select>',
    );
    const fm = field(multi);
    const snapMulti = await takeSnapshot(fm);
    await writeField(fm, { kind: 'choices', values: ['B', 'C'] }, noFiles);
    expect([...multi.options].filter((o) => o.selected).map((o) => o.value)).toEqual(['B', 'C']);
    await restoreSnapshot(fm, snapMulti);
    expect([...multi.options].filter((o) => o.selected).map((o) => o.value)).toEqual(['A']);
  });

  it('file input gets the stored files, then its previous FileList back', async () => {
    const input = html<HTMLInputElement>('<input type="file">');
    const before = new DataTransfer();
    before.items.add(new File(['ancien'], 'ancien.pdf', { type: 'application/pdf' }));
    input.files = before.files;
    const f = field(input, { path: 'pieces.bulletinN3', fieldId: 'pieces.bulletinN3' });
    const snap = await takeSnapshot(f);
    const loadFiles = async () => [new File(['%PDF'], 'b3.pdf', { type: 'application/pdf' })];
    const changes = vi.fn();
    input.addEventListener('change', changes);
    const r = await writeField(f, { kind: 'files', attachmentIds: ['a1'], names: ['b3.pdf'] }, { loadFiles });
    expect(r).toEqual({ ok: true });
    expect(input.files?.[0]?.name).toBe('b3.pdf');
    expect(changes).toHaveBeenCalled();
    await restoreSnapshot(f, snap);
    expect(input.files?.[0]?.name).toBe('ancien.pdf');
  });

  it('a contenteditable without editor API: content replaced, then restored', async () => {
    const el = html('<div contenteditable="true"><p>Texte <b>initial</b></p></div>');
    const f = field(el);
    const snap = await takeSnapshot(f);
    await writeField(f, { kind: 'text', text: 'Ligne 1\nLigne 2' }, noFiles);
    expect(el.textContent).toContain('Ligne 1');
    await restoreSnapshot(f, snap);
    expect(el.innerHTML).toBe('<p>Texte <b>initial</b></p>');
  });

  it('reports a control that vanished instead of writing into nothing', async () => {
    const input = html<HTMLInputElement>('<input>');
    input.remove();
    const r = await writeField(field(input), { kind: 'text', text: 'x' }, noFiles);
    expect(r).toEqual({ ok: false, reason: 'Le champ a disparu de la page.' });
  });
});
