// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chosenCodes, pickCode, unpickCode } from '@/entrypoints/certifpro.content/fill/combobox';
import { readState } from '@/entrypoints/certifpro.content/fill/read-state';
import { restoreSnapshot, takeSnapshot } from '@/entrypoints/certifpro.content/fill/snapshot';
import { writeField } from '@/entrypoints/certifpro.content/fill/write-field';
import { planField } from '@/utils/fill/plan';
import { fakeLayout } from '../../helpers/layout';
import { field } from '../fill/field';
import { dossier } from '../fill/helpers';

const OFFERED = [
  'M1805 — Études et développement informatique',
  'M1801 — Administration de systèmes',
  'H1206 — Management',
];

/** An asynchronous combobox with chips, as code pickers are built: the list answers late. */
function picker(chosen: string[] = []) {
  document.body.innerHTML = `<div class="group">
    <label for="rome">Codes ROME</label>
    <ul class="chips"></ul>
    <input id="rome" role="combobox" aria-autocomplete="list" aria-controls="lb" aria-expanded="false">
    <ul id="lb" role="listbox"></ul>
    <input type="hidden" name="rome" value="">
  </div>`;
  const input = document.getElementById('rome') as HTMLInputElement;
  const list = document.getElementById('lb') as HTMLElement;
  const chips = document.querySelector('.chips') as HTMLElement;
  const hidden = document.querySelector('input[type=hidden]') as HTMLInputElement;
  const codes = [...chosen];
  const render = () => {
    chips.innerHTML = codes
      .map(
        (c) =>
          `<li class="chip"><span>${c}</span><button type="button" aria-label="Retirer ${c}">×</button></li>`,
      )
      .join('');
    hidden.value = codes.join(',');
    for (const b of chips.querySelectorAll('button'))
      b.addEventListener('click', () => {
        codes.splice(codes.indexOf(b.getAttribute('aria-label')?.slice(8) ?? ''), 1);
        render();
      });
  };
  render();
  input.addEventListener('input', () => {
    const q = input.value.toLowerCase();
    list.innerHTML = '';
    setTimeout(() => {
      if (input.value.toLowerCase() !== q || q.length < 2) return;
      list.innerHTML = OFFERED.filter((o) => o.toLowerCase().includes(q))
        .map((o) => `<li role="option" data-value="${o.slice(0, 5)}">${o}</li>`)
        .join('');
      for (const li of list.querySelectorAll('li'))
        li.addEventListener('click', () => {
          codes.push(li.getAttribute('data-value') ?? '');
          input.value = '';
          list.innerHTML = '';
          render();
        });
    }, 60);
  });
  const f = field(input, { path: 'fiche.codesRome', fieldId: 'fiche.codesRome', control: 'text' });
  return { f, input, hidden, codes };
}

beforeEach(() => fakeLayout());

describe('ARIA combobox with chips', () => {
  it('reads the codes its chips show, and plans to choose the dossier’s in the list', async () => {
    const { f } = picker(['H1206']);
    expect(chosenCodes(f)).toEqual(['H1206']);
    const state = await readState(f);
    expect(state.widget).toBe('combobox');
    expect(state.value).toEqual({ kind: 'choices', values: ['H1206'] });
    const plan = planField(state, dossier({ 'fiche.codesRome': ['M1805', 'H1206'] }));
    expect(plan.decision).toBe('different');
    expect(plan.write).toEqual({ kind: 'pick', codes: ['M1805', 'H1206'] });
  });

  it('types one code, waits for the late list, chooses the option whose code matches', async () => {
    const { f, input } = picker();
    expect(await pickCode(f, 'M1801', { timeoutMs: 1000 })).toBe('chosen');
    expect(chosenCodes(f)).toEqual(['M1801']);
    expect(input.value).toBe('');
    expect(document.activeElement).not.toBe(input);
  });

  it('writes a list in part: a code the page does not offer is named, never typed in', async () => {
    const { f, input, hidden } = picker();
    const outcome = await writeField(
      f,
      { kind: 'pick', codes: ['M1805', 'Z9999', 'H1206'] },
      { loadFiles: async () => [] },
    );
    expect(outcome).toEqual({ ok: true, notOffered: ['Z9999'] });
    expect(chosenCodes(f)).toEqual(['M1805', 'H1206']);
    expect(hidden.value).toBe('M1805,H1206');
    expect(input.value).toBe('');
  });

  it('fails when the page offers none of the codes', async () => {
    const { f } = picker();
    const outcome = await writeField(f, { kind: 'pick', codes: ['Z9999'] }, { loadFiles: async () => [] });
    expect(outcome.ok).toBe(false);
    expect(chosenCodes(f)).toEqual([]);
  });

  it('undo removes only the chips added since, through their own buttons', async () => {
    const { f } = picker(['H1206']);
    const snap = await takeSnapshot(f);
    await pickCode(f, 'M1805', { timeoutMs: 1000 });
    expect(chosenCodes(f)).toEqual(['H1206', 'M1805']);
    expect(snap && (await restoreSnapshot(f, snap))).toEqual({ ok: true });
    expect(chosenCodes(f)).toEqual(['H1206']);
    expect(await unpickCode(f, 'X0000')).toBe(false);
  });
});
