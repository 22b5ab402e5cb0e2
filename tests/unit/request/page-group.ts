import type { RecognisedField } from '@/utils/matching/types';
import { field } from '../fill/field';

/**
 * A page with a repeated group for the creation tests: « Ajouter un bloc » answers after `delayMs`
 * (as the platform does), every added bloc has its own « Supprimer ». Controls carry their dossier
 * path in `data-path`: `rescan()` stands for the matcher (tested on its own elsewhere).
 */
export interface GroupPage {
  form: HTMLFormElement;
  pressed: string[];
  /** « add pressed » and « bloc N added », in the order they happened. */
  events: string[];
  submitted: number;
  rescan(): RecognisedField[];
}

const bloc = (i: number, removable: boolean) => `
  <section class="bloc"><h4>Bloc ${i + 1}</h4>
    ${removable ? `<button type="button" class="remove">Supprimer</button>` : ''}
    <label>N° de bloc <input data-path="fiche.blocs[${i}].code"></label>
    <label>Intitulé du bloc <input data-path="fiche.blocs[${i}].libelle"></label>
  </section>`;

export function groupPage(
  opts: { delayMs?: number; addButton?: string; removable?: boolean } = {},
): GroupPage {
  document.body.innerHTML = `<form id="f">
    <label>Intitulé <input data-path="fiche.intitule"></label>
    <section class="blocs"><h3>Blocs de compétences</h3>
      <div class="list">${bloc(0, false)}</div>
      ${opts.addButton ?? '<button type="button" class="add">Ajouter un bloc</button>'}
    </section>
    <label>Secteurs <input data-path="fiche.secteursActivite"></label>
    <button>Enregistrer</button>
    <button type="button">Ajouter un document</button>
    <button type="button">Déposer la demande</button>
  </form>`;
  const form = document.getElementById('f') as HTMLFormElement;
  const page: GroupPage = {
    form,
    pressed: [],
    events: [],
    submitted: 0,
    rescan: () =>
      [...document.querySelectorAll<HTMLElement>('[data-path]')].map((el) => {
        const path = el.getAttribute('data-path') ?? '';
        return field(el, { path, fieldId: path.replace(/\[\d+\]/, '[]'), label: path });
      }),
  };
  const list = form.querySelector('.list') as HTMLElement;
  form.addEventListener('click', (e) => {
    const b = (e.target as Element).closest('button');
    if (!b) return;
    page.pressed.push(b.textContent?.trim() ?? '');
    if (b.classList.contains('add')) {
      page.events.push('add pressed');
      setTimeout(() => {
        page.events.push(`bloc ${list.children.length + 1} added`);
        list.insertAdjacentHTML('beforeend', bloc(list.children.length, opts.removable ?? true));
      }, opts.delayMs ?? 40);
    }
    if (b.classList.contains('remove')) b.closest('section')?.remove();
  });
  form.addEventListener('submit', (e) => {
    page.submitted += 1;
    e.preventDefault();
  });
  return page;
}
