import { repeatable } from '../controls/repeatable';
import { section, tabForm } from '../controls/section';
import { select } from '../controls/select';
import { textInput } from '../controls/text-input';
import type { Demande } from '../data/demandes';
import { h } from '../dom';

export function correspondancesTab(demande: Demande): HTMLElement {
  const rncp = demande.repertoire === 'RNCP';
  return tabForm(
    h(
      'p',
      { class: 'fr-mb-4w' },
      rncp
        ? 'Déclarez les correspondances totales ou partielles entre les blocs de votre certification et ceux d’autres certifications.'
        : 'Déclarez, le cas échéant, les blocs de compétences du RNCP auxquels votre certification correspond.',
    ),
    section(
      'Correspondances déclarées',
      repeatable({
        key: 'corresp',
        title: (i) => `Correspondance n° ${i + 1}`,
        addLabel: 'Ajouter une correspondance',
        removeName: (i) => `la correspondance n° ${i + 1}`,
        render: (i) => [
          rncp &&
            textInput({
              truth: `corresp[${i}].blocsSource`,
              label: 'Bloc(s) du projet concerné(s)',
              hint: 'Codes séparés par une virgule',
              labelling: 'text',
              textTag: 'div',
              placeholder: 'RNCP00000BC01',
            }),
          textInput({
            truth: `corresp[${i}].ficheDestination`,
            label: 'Certification de destination',
            hint: 'N° de fiche RNCP ou RS, par exemple RNCP34567',
          }),
          textInput({
            truth: `corresp[${i}].blocsDestination`,
            label: 'Bloc(s) de compétences de la certification de destination',
            labelling: 'aria-label',
            placeholder: 'RNCP34567BC02, RNCP34567BC03',
          }),
          select({
            truth: 'none',
            key: `none:corresp[${i}].nature`,
            label: 'Nature de la correspondance',
            options: ['Totale', 'Partielle'],
          }),
        ],
      }),
    ),
  );
}
