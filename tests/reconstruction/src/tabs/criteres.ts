import { richText } from '../controls/richtext';
import { requiredNotice, tabForm } from '../controls/section';
import { upload } from '../controls/upload';
import { CRITERES, type Critere } from '../data/criteres';
import type { Demande } from '../data/demandes';
import { h } from '../dom';
import { matId } from '../ids';

/** Criteria marked « le cas échéant » are optional. */
const optional = (critere: Critere) => critere.title.includes('le cas échéant');

function critereSection(prefix: string, critere: Critere, index: number): HTMLElement {
  const headingId = matId('heading');
  return h(
    'section',
    { class: 'cp-section cp-critere fr-mb-6w', 'aria-labelledby': headingId },
    h('h3', { class: 'fr-h5', id: headingId }, `Critère ${critere.number} — ${critere.title}`),
    h('p', { class: 'fr-text--sm cp-expected' }, `Éléments attendus : ${critere.expected}`),
    richText({
      truth: `${prefix}.${critere.key}.argumentaire`,
      label: 'Votre argumentaire',
      labelledBy: [headingId],
      counter: index % 2 === 0 ? 5000 : undefined,
      hint: index % 2 === 0 ? undefined : '5\u00a0000 caractères maximum',
      required: !optional(critere),
    }),
    upload({ truth: `${prefix}.${critere.key}.pieces`, label: 'Justificatifs' }),
  );
}

export function criteresTab(demande: Demande): HTMLElement {
  const prefix = demande.repertoire === 'RNCP' ? 'rncp' : 'rs';
  return tabForm(
    h(
      'div',
      { class: 'fr-callout fr-mb-4w' },
      h(
        'p',
        { class: 'fr-callout__text' },
        demande.repertoire === 'RNCP'
          ? 'Démontrez le respect de chacun des critères de l’article R. 6113-9 du code du travail.'
          : 'Démontrez le respect de chacun des critères de l’article R. 6113-11 du code du travail.',
      ),
    ),
    requiredNotice(),
    CRITERES[demande.repertoire].map((critere, index) => critereSection(prefix, critere, index)),
  );
}
