import type { PageChecksSummary } from '@/utils/messaging/checks-protocol';
import { headline, KIND_LABEL, statsText } from '@/utils/messaging/checks-summary-text';
import type { Counts } from './tally';

export interface SummaryPanel {
  /** The headline from the counts (no walk over the page); the open list is rebuilt only if it may differ. */
  update(counts: Counts, listChanged: boolean): void;
}

/**
 * The compact page summary: a button with the counts that opens the list of problems, each with
 * « Aller au champ ». Collapsed by default; the only part of the overlay that takes clicks.
 */
export function createSummaryPanel(
  panel: HTMLElement,
  onJump: (key: string) => void,
  read: () => PageChecksSummary,
): SummaryPanel {
  const doc = panel.ownerDocument;
  const details = doc.createElement('div');
  details.className = 'details';
  details.id = 'certifill-checks-details';
  details.hidden = true;
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.className = 'toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', details.id);
  toggle.addEventListener('click', () => {
    details.hidden = !details.hidden;
    toggle.setAttribute('aria-expanded', String(!details.hidden));
    if (!details.hidden) render();
  });
  panel.prepend(details, toggle);
  let rendered = '';
  const render = () => {
    const s = read();
    const sig = JSON.stringify(s);
    if (sig === rendered) return;
    rendered = sig;
    renderDetails(details, s, onJump);
  };
  return {
    update(counts, listChanged) {
      const text = headline(counts);
      if (toggle.textContent !== text) toggle.textContent = text;
      toggle.classList.toggle('has-errors', counts.errors > 0);
      if (!details.hidden && listChanged) render();
    },
  };
}

function renderDetails(el: HTMLElement, s: PageChecksSummary, onJump: (key: string) => void): void {
  const doc = el.ownerDocument;
  const h = doc.createElement('h2');
  h.textContent = 'Vérification de la page';
  const stats = doc.createElement('p');
  stats.className = 'stats';
  stats.textContent = statsText(s);
  const nodes: Node[] = [h, stats];
  if (s.items.length === 0) {
    const ok = doc.createElement('p');
    ok.className = 'empty';
    ok.textContent = 'Aucun problème détecté sur cette page.';
    nodes.push(ok);
  } else {
    const ul = doc.createElement('ul');
    for (const item of s.items) {
      const li = doc.createElement('li');
      const label = doc.createElement('span');
      label.className = 'label';
      label.textContent = item.label;
      const msg = doc.createElement('span');
      msg.className = item.kind;
      msg.textContent = `${KIND_LABEL[item.kind]} : ${item.message}`;
      const jump = doc.createElement('button');
      jump.type = 'button';
      jump.className = 'jump';
      jump.textContent = 'Aller au champ';
      jump.setAttribute('aria-label', `Aller au champ ${item.label}`);
      jump.addEventListener('click', () => onJump(item.key));
      li.append(label, msg, doc.createElement('br'), jump);
      ul.append(li);
    }
    nodes.push(ul);
  }
  el.replaceChildren(...nodes);
}
