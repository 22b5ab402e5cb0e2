import { ADD_DELAY_MS, busy, later } from '../controls/later';
import { radios } from '../controls/radios';
import { requiredNotice, section, tabForm } from '../controls/section';
import { dsfrTable } from '../controls/table';
import { textInput } from '../controls/text-input';
import { HABILITATIONS, OUI_NON } from '../data/enums';
import { h } from '../dom';
import { matId } from '../ids';
import { bind, readValue, shiftItems, writeValue } from '../store';

const HEADERS = ['N°', 'SIRET de l’organisme', 'Raison sociale', 'Habilitation', 'Actions'];

/** One partner row; its controls have no label at all, only the column headers. */
function partnerRow(index: number, remove: (index: number) => void): HTMLTableRowElement {
  const cell = (truth: string, control: HTMLInputElement | HTMLSelectElement) => {
    bind(control, truth);
    return h('td', {}, control);
  };
  const input = (truth: string, extra: Record<string, string | number> = {}) =>
    h('input', { class: 'fr-input', type: 'text', id: matId('input'), 'data-truth': truth, ...extra });
  const habilitation = h(
    'select',
    { class: 'fr-select', id: matId('select'), 'data-truth': `partenaires[${index}].habilitation` },
    h('option', { value: '', selected: true, disabled: true, hidden: true }, 'Choisir'),
    HABILITATIONS.map((value) => h('option', { value }, value)),
  );
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, String(index + 1)),
    cell(
      `partenaires[${index}].siret`,
      input(`partenaires[${index}].siret`, { maxlength: 14, inputmode: 'numeric' }),
    ),
    cell(`partenaires[${index}].nom`, input(`partenaires[${index}].nom`)),
    cell(`partenaires[${index}].habilitation`, habilitation),
    h(
      'td',
      {},
      index > 0 &&
        h(
          'button',
          {
            type: 'button',
            class: 'fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line fr-btn--icon-left',
            title: `Supprimer la ligne ${index + 1}`,
            onclick: () => remove(index),
          },
          'Supprimer',
        ),
    ),
  );
}

/** Rows arrive after a delay (a server round trip); each added row has its own « Supprimer ». */
function partnersTable(): HTMLElement {
  const head = h(
    'tr',
    {},
    HEADERS.map((text) => h('th', { scope: 'col' }, text)),
  );
  const table = dsfrTable('Organismes habilités à préparer ou à évaluer', head, [], 'cp-table-form');
  const body = table.querySelector('tbody')!;
  const countOf = () => readValue<number>('count:partenaires') ?? 1;
  const renderRows = () => {
    body.replaceChildren();
    for (let index = 0; index < countOf(); index += 1) body.append(partnerRow(index, remove));
  };
  const remove = (index: number) => {
    const count = countOf();
    shiftItems('partenaires', index, count);
    writeValue('count:partenaires', count - 1);
    renderRows();
  };
  renderRows();
  const button = h(
    'button',
    { type: 'button', class: 'fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-add-line' },
    'Ajouter un partenaire',
  );
  button.addEventListener('click', () => {
    if (button.disabled) return;
    busy(button, true);
    later(ADD_DELAY_MS, () => {
      const next = countOf();
      body.append(partnerRow(next, remove));
      writeValue('count:partenaires', next + 1);
      busy(button, false);
      body.lastElementChild?.querySelector('input')?.focus();
    });
  });
  return h('div', {}, table, button);
}

export function partenairesTab(): HTMLElement {
  return tabForm(
    requiredNotice(),
    section(
      'Habilitations',
      radios({
        truth: 'fiche.existencePartenaires',
        label:
          'Des organismes sont-ils habilités à préparer à la certification ou à organiser l’évaluation ?',
        hint: 'Toute modification de cette liste doit être déclarée dans un délai de deux mois.',
        options: OUI_NON,
        inline: true,
        required: true,
      }),
    ),
    section(
      'Liste des organismes partenaires',
      textInput({
        truth: 'none',
        key: 'none:recherchePartenaire',
        label: 'Rechercher un organisme par SIRET ou raison sociale',
        labelling: 'aria-label',
        type: 'search',
        placeholder: 'Rechercher un organisme…',
      }),
      partnersTable(),
    ),
  );
}
