import { section, tabForm } from '../controls/section';
import { textArea } from '../controls/textarea';
import { upload } from '../controls/upload';
import { type Block, COMPLEMENTS, type Item } from '../data/complements';
import type { Demande } from '../data/demandes';
import { h } from '../dom';

/** Item text is always inserted as text: literal `<b>` stays visible. */
const item = (entry: Item) =>
  h(
    'li',
    {},
    entry.text,
    entry.sub &&
      h(
        'ul',
        {},
        entry.sub.map((text) => h('li', {}, text)),
      ),
  );

const block = (entry: Block) =>
  entry.kind === 'p' ? h('p', {}, entry.text) : h(entry.kind, {}, entry.items.map(item));

export function complementsTab(demande: Demande): HTMLElement {
  const message = COMPLEMENTS[demande.repertoire];
  return tabForm(
    h(
      'div',
      { class: 'fr-alert fr-alert--warning fr-mb-4w' },
      h('h3', { class: 'fr-alert__title' }, 'Votre demande est en attente de compléments'),
      h('p', {}, `Réponse attendue avant le ${message.echeance}.`),
    ),
    h(
      'article',
      { class: 'cp-message fr-mb-6w', 'aria-labelledby': 'cp-message-objet' },
      h('h3', { class: 'fr-h5', id: 'cp-message-objet' }, message.objet),
      h(
        'p',
        { class: 'fr-text--sm cp-message__meta' },
        `De : ${message.instructeur} — envoyé le ${message.envoyeLe}`,
      ),
      h('div', { class: 'cp-message__body' }, message.blocks.map(block)),
    ),
    section(
      'Répondre à l’instructeur',
      textArea({ truth: 'none', key: 'none:reponse', label: 'Votre réponse', rows: 6, counter: 4000 }),
      upload({ truth: 'none', key: 'none:reponsePieces', label: 'Documents complémentaires' }),
    ),
  );
}
