import { normalizeFr } from '../matching/normalize';
import { sanitizeRich } from '../richtext';
import { tableGrid } from './grid';

/** A référentiel table read as competences, their modalités and criteria (formatted text). */
export interface Referentiel {
  competences: string[];
  modalites: string[];
  criteres: { competence: string; criteres: string }[];
}

interface Columns {
  header: number;
  competence: number;
  modalites: number;
  criteres: number;
}

/**
 * Which columns hold competences, modalités and critères: the header may span two rows, as in the
 * framework's référentiel (« Référentiel de compétences | Référentiel d’évaluation » over
 * « Modalité(s) | Critères »). Null for a table that is not a référentiel.
 */
function columnsOf(grid: ReturnType<typeof tableGrid>): Columns | null {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const headerRows = Math.min(3, grid.length - 1);
  for (let h = 0; h < headerRows; h++) {
    const names = Array.from({ length: width }, (_, c) =>
      normalizeFr(
        grid
          .slice(0, h + 1)
          .map((r) => r[c]?.el.textContent ?? '')
          .join(' '),
      ),
    );
    const competence = names.findIndex(
      (n) =>
        /competence/.test(n) && !/evaluation|modalit|critere/.test(n.replace(/referentiel d'evaluation/, '')),
    );
    const modalites = names.findIndex((n) => /modalit/.test(n));
    const criteres = names.findIndex((n) => /critere/.test(n));
    if (competence >= 0 && (modalites >= 0 || criteres >= 0) && competence !== modalites)
      return { header: h, competence, modalites, criteres };
  }
  return null;
}

export function readReferentiel(table: HTMLTableElement): Referentiel | null {
  const grid = tableGrid(table);
  const cols = columnsOf(grid);
  if (!cols) return null;
  const out: Referentiel = { competences: [], modalites: [], criteres: [] };
  for (const row of grid.slice(cols.header + 1)) {
    const competence = cellHtml(row[cols.competence]);
    const modalites = cols.modalites >= 0 ? row[cols.modalites] : undefined;
    const criteres = cols.criteres >= 0 ? cellHtml(row[cols.criteres]) : '';
    // A modalité merged over several competences (or repeated) is listed once.
    const modalite = modalites && !modalites.repeated ? cellHtml(modalites) : '';
    if (modalite && !out.modalites.includes(modalite)) out.modalites.push(modalite);
    if (!competence) continue;
    out.competences.push(withoutWholeBold(competence));
    if (criteres) out.criteres.push({ competence, criteres });
  }
  return out.competences.length > 0 ? out : null;
}

function cellHtml(cell: { el: HTMLTableCellElement; repeated: boolean } | undefined): string {
  if (!cell || cell.repeated) return '';
  return sanitizeRich(cell.el.innerHTML);
}

/**
 * A competence set in bold throughout (the table's way to set it off from its criteria) without
 * the bold: in the bloc's list of competences every item would be bold. Partial bold is kept.
 */
function withoutWholeBold(html: string): string {
  const t = document.createElement('template');
  t.innerHTML = html;
  const walker = document.createTreeWalker(t.content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent?.trim() && !node.parentElement?.closest('strong')) return html;
  for (const b of Array.from(t.content.querySelectorAll('strong')))
    b.replaceWith(...Array.from(b.childNodes));
  return sanitizeRich(t.innerHTML);
}
