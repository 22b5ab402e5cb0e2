import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { requiredNotice, section, tabForm } from '../controls/section';
import { upload } from '../controls/upload';
import type { Demande } from '../data/demandes';
import { h, onCleanup, onMounted } from '../dom';
import { emptyRow, type PromotionRow } from '../react/columns';
import { PromotionsTable } from '../react/PromotionsTable';
import { readValue, writeValue } from '../store';

const saveRows = (rows: PromotionRow[]) => writeValue('promotions', rows);

/** The only React-rendered section of the reconstruction. */
export function promotionsTab(demande: Demande): HTMLElement {
  const mountPoint = h('div', { class: 'cp-react-root' });
  onMounted(() => {
    const root = createRoot(mountPoint);
    const initial = readValue<PromotionRow[]>('promotions') ?? [emptyRow(demande.repertoire)];
    flushSync(() =>
      root.render(
        createElement(PromotionsTable, {
          demandeId: demande.id,
          repertoire: demande.repertoire,
          initial,
          onChange: saveRows,
        }),
      ),
    );
    onCleanup(() => root.unmount());
  });
  return tabForm(
    requiredNotice(),
    section(
      'Données relatives aux titulaires',
      h(
        'p',
        {},
        'Renseignez les promotions de l’année en cours et de l’année précédente. ' +
          'Si les données ne portent que sur une seule année, la durée d’enregistrement est limitée à 3 ans.',
      ),
      mountPoint,
    ),
    section(
      'Enquête d’insertion',
      upload({
        truth: 'promotions.fichierDonnees',
        label: 'Tableau des promotions et résultats de l’enquête d’insertion',
        hint: 'Modèle France compétences au format xlsx : emplois occupés, contrats, rémunérations. 20 Mo maximum.',
        required: true,
        multiple: false,
        accept: '.xlsx,.ods,.csv',
      }),
    ),
  );
}
