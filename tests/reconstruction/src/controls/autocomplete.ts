import type { CodeEntry } from '../data/codes';
import { h } from '../dom';
import { matId } from '../ids';
import { readValue, writeValue } from '../store';
import { type FieldSpec, labelParts, modelKey } from './field';
import { later, SEARCH_DELAY_MS } from './later';

export interface AutocompleteSpec extends FieldSpec {
  /** What the « server » can answer. */
  entries: readonly CodeEntry[];
  maxItems: number;
  placeholder?: string;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * An asynchronous ARIA 1.2 combobox with chips, as code pickers are built (ROME, Formacode): the
 * text typed is sent to a search that answers after a delay, the listbox then offers at most
 * 8 entries, choosing one (click or Enter) adds a chip and clears the input. Each chip has its
 * own « Retirer » button. What the form posts is a hidden input the user never sees: a filler
 * must choose through the widget, writing the hidden input would not show.
 * `data-truth` is on the combobox input.
 */
export function autocomplete(spec: AutocompleteSpec): HTMLElement {
  const key = modelKey(spec);
  const id = matId('combobox');
  const listId = matId('listbox');
  const { before, attrs } = labelParts(spec, id);
  const chosen: string[] = [...(readValue<string[]>(key) ?? [])];
  const input = h('input', {
    class: 'fr-input',
    type: 'text',
    id,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    placeholder: spec.placeholder,
    ...attrs,
  });
  const listbox = h('ul', { class: 'cp-listbox', id: listId, role: 'listbox', hidden: true });
  const chips = h('ul', { class: 'cp-chips', 'aria-label': `${spec.label} : codes choisis` });
  const hidden = h('input', { type: 'hidden', name: key, value: chosen.join(',') });
  const status = h('p', { class: 'fr-hint-text cp-autocomplete__status', 'aria-live': 'polite' });
  let active = -1;
  let search = 0;

  const save = () => {
    writeValue(key, [...chosen]);
    hidden.value = chosen.join(',');
  };
  const renderChips = () => {
    chips.replaceChildren(
      ...chosen.map((code) => {
        const entry = spec.entries.find((e) => e.code === code);
        return h(
          'li',
          { class: 'cp-chip', 'data-code': code },
          h('span', { class: 'fr-tag fr-tag--sm' }, entry ? `${code} — ${entry.label}` : code),
          h(
            'button',
            {
              type: 'button',
              class: 'cp-chip__remove',
              'aria-label': `Retirer ${code}`,
              onclick: () => {
                chosen.splice(chosen.indexOf(code), 1);
                save();
                renderChips();
              },
            },
            '×',
          ),
        );
      }),
    );
  };
  const close = () => {
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (code: string) => {
    if (chosen.includes(code)) {
      status.textContent = `${code} est déjà choisi.`;
    } else if (chosen.length >= spec.maxItems) {
      status.textContent = `${spec.maxItems} codes au maximum.`;
    } else {
      chosen.push(code);
      status.textContent = `${code} ajouté.`;
      save();
      renderChips();
    }
    input.value = '';
    close();
  };
  const show = (found: readonly CodeEntry[]) => {
    listbox.replaceChildren(
      ...found.map((entry, i) =>
        h(
          'li',
          {
            role: 'option',
            id: `${listId}-${i}`,
            class: 'cp-option',
            'aria-selected': 'false',
            'data-value': entry.code,
            // mousedown would blur the input first on a real page: keep the focus where it is.
            onmousedown: (event) => event.preventDefault(),
            onclick: () => choose(entry.code),
          },
          h('strong', {}, entry.code),
          ` — ${entry.label}`,
        ),
      ),
    );
    listbox.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    status.textContent = found.length === 0 ? 'Aucun résultat.' : `${found.length} résultat(s).`;
  };
  input.addEventListener('input', () => {
    const query = fold(input.value);
    const mine = ++search;
    close();
    if (query.length < 2) return;
    later(SEARCH_DELAY_MS, () => {
      if (mine !== search) return;
      show(
        spec.entries
          .filter((e) => fold(e.code).startsWith(query) || fold(e.label).includes(query))
          .slice(0, 8),
      );
    });
  });
  input.addEventListener('keydown', (event) => {
    const options = [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
      options.forEach((o, i) => {
        o.setAttribute('aria-selected', String(i === active));
      });
      input.setAttribute('aria-activedescendant', options[active]?.id ?? '');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option?.dataset.value) choose(option.dataset.value);
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => later(150, close));
  renderChips();
  return h(
    'div',
    { class: 'fr-input-group cp-autocomplete' },
    before,
    chips,
    h('div', { class: 'cp-combobox' }, input, listbox),
    hidden,
    status,
  );
}
