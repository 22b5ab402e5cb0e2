import { dsfrTable } from '../controls/table';
import type { Demande } from '../data/demandes';
import { AUTORISE, VOIES } from '../data/enums';
import { h } from '../dom';
import { fieldId, matId } from '../ids';
import { bind } from '../store';

const COLUMNS = ['Voie d’accès', 'Ouverture', 'Composition du jury'];

/** Autorisé / Non autorisé: a select, except for VAE which uses radios. */
function opening(key: string, truth: string, labelledBy: string): HTMLElement {
  if (key === 'vae') {
    const name = fieldId(truth);
    return h(
      'div',
      { role: 'radiogroup', 'aria-labelledby': labelledBy, class: 'cp-inline-radios' },
      AUTORISE.map((value) => {
        const id = matId('radio');
        const input = h('input', { type: 'radio', id, name, value, 'data-truth': truth });
        bind(input, truth);
        return h(
          'div',
          { class: 'fr-radio-group fr-radio-group--sm' },
          input,
          h('label', { class: 'fr-label', for: id }, value),
        );
      }),
    );
  }
  const el = h(
    'select',
    { class: 'fr-select', id: matId('select'), 'aria-labelledby': labelledBy, 'data-truth': truth },
    h('option', { value: '', selected: true, disabled: true, hidden: true }, '—'),
    AUTORISE.map((value) => h('option', { value }, value)),
  );
  bind(el, truth);
  return el;
}

/** Voies d'accès table: labels come only from the row and column headers (`aria-labelledby`). */
export function voiesAcces(demande: Demande): HTMLElement {
  const colIds = COLUMNS.map(() => matId('col'));
  const rows = VOIES.filter((voie) => demande.repertoire === 'RNCP' || !voie.rncpOnly).map((voie) => {
    const rowId = matId('row');
    const jury = `fiche.voiesAcces.${voie.key}.compositionJury`;
    const textarea = h('textarea', {
      class: 'fr-input',
      rows: 2,
      id: fieldId(jury),
      'aria-labelledby': `${rowId} ${colIds[2]}`,
      'data-truth': jury,
    });
    bind(textarea, jury);
    return h(
      'tr',
      {},
      h('th', { scope: 'row', id: rowId }, voie.label),
      h('td', {}, opening(voie.key, `fiche.voiesAcces.${voie.key}.autorise`, `${rowId} ${colIds[1]}`)),
      h('td', {}, textarea),
    );
  });
  const head = h(
    'tr',
    {},
    COLUMNS.map((text, i) => h('th', { scope: 'col', id: colIds[i] }, text)),
  );
  return dsfrTable(
    'Voies d’accès et composition des jurys',
    head,
    rows,
    'cp-table-form fr-table--no-caption',
  );
}
