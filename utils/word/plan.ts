import { getField } from '../catalogue';
import type { Repertoire } from '../catalogue/types';
import { plainFromRich, sanitizeRich, visibleText } from '../richtext';
import { blocHeading, fieldForHeading } from './headings';
import { type Referentiel, readReferentiel } from './referentiel';

/** One piece of the document and where it would go (`target` null: not placed; the user decides). */
export interface WordSection {
  id: string;
  /** The heading it came under, or what it is (« Tableau », « Critères d’évaluation »…). */
  title: string;
  /** Sanitized formatted text (for a text field, its plain text is written). */
  html: string;
  target: string | null;
}

export interface WordPlan {
  sections: WordSection[];
  /** Blocs the document adds after the dossier's existing ones. */
  newBlocs: number;
}

const HEADING = /^h[1-6]$/;

/** A short paragraph entirely in bold (« Activités visées : ») reads as a heading too. */
function headingText(el: Element): string | null {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 160) return null;
  if (HEADING.test(el.localName)) return text;
  if (el.localName !== 'p') return null;
  const bold = Array.from(el.querySelectorAll('strong, b'))
    .map((b) => b.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return bold === text && text.length <= 120 ? text : null;
}

/**
 * The document's sections matched to the dossier's fields: a heading names a field (catalogue
 * vocabulary), its content follows until the next heading; « Bloc … » headings open a bloc, whose
 * référentiel table gives its competences and modalités. Everything else is kept, unplaced.
 */
export function planWordImport(html: string, repertoire: Repertoire, existingBlocs: number): WordPlan {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const sections: WordSection[] = [];
  let n = 0;
  const add = (title: string, content: string, target: string | null) => {
    const clean = sanitizeRich(content);
    if (clean !== '') sections.push({ id: `s${++n}`, title, html: clean, target });
  };
  let current: { title: string; target: string | null; parts: string[] } = {
    title: 'Début du document',
    target: null,
    parts: [],
  };
  let bloc = -1;
  let newBlocs = 0;
  const flush = () => {
    add(current.title, current.parts.join(''), current.target);
    current.parts = [];
  };
  const openBloc = (code: string | null, libelle: string) => {
    bloc = existingBlocs + newBlocs;
    newBlocs++;
    const at = `fiche.blocs[${bloc}]`;
    if (libelle)
      sections.push({
        id: `s${++n}`,
        title: 'Intitulé du bloc',
        html: sanitizeRich(`<p>${escape(libelle)}</p>`),
        target: `${at}.libelle`,
      });
    if (code)
      sections.push({
        id: `s${++n}`,
        title: 'Code du bloc',
        html: `<p>${escape(code)}</p>`,
        target: `${at}.code`,
      });
  };
  for (const el of Array.from(doc.body.children)) {
    if (el.localName === 'table') {
      const ref = readReferentiel(el as HTMLTableElement);
      if (!ref) {
        current.parts.push(el.outerHTML);
        continue;
      }
      flush();
      if (repertoire === 'RNCP' && bloc < 0) openBloc(null, '');
      placeReferentiel(ref, repertoire, bloc, current.title, (t, h, target) => add(t, h, target));
      continue;
    }
    const heading = headingText(el);
    const blocTitle = heading && repertoire === 'RNCP' ? blocHeading(heading) : null;
    if (blocTitle) {
      flush();
      openBloc(blocTitle.code, blocTitle.libelle);
      current = { title: heading ?? '', target: null, parts: [] };
      continue;
    }
    const field = heading ? fieldForHeading(heading, repertoire, bloc >= 0) : null;
    if (heading && (field || HEADING.test(el.localName))) {
      flush();
      const target =
        field && getField(field)?.group ? field.replace('fiche.blocs[]', `fiche.blocs[${bloc}]`) : field;
      current = { title: heading, target, parts: [] };
      continue;
    }
    current.parts.push(el.outerHTML);
  }
  flush();
  return { sections, newBlocs };
}

function placeReferentiel(
  ref: Referentiel,
  repertoire: Repertoire,
  bloc: number,
  title: string,
  add: (title: string, html: string, target: string | null) => void,
): void {
  const competences = `<ul>${ref.competences.map((c) => `<li>${c}</li>`).join('')}</ul>`;
  const modalites = ref.modalites.join('');
  const at = `fiche.blocs[${bloc}]`;
  add(
    'Compétences (référentiel)',
    competences,
    repertoire === 'RNCP' ? `${at}.listeCompetences` : 'fiche.competencesAttestees',
  );
  add(
    'Modalités d’évaluation (référentiel)',
    modalites,
    repertoire === 'RNCP' ? `${at}.modalitesEvaluation` : 'fiche.modalitesEvaluation',
  );
  const criteres = ref.criteres
    .map((c) => `<p><strong>${visibleText(c.competence)}</strong></p>${c.criteres}`)
    .join('');
  add(`Critères d’évaluation${title ? ` — ${title}` : ''}`, criteres, null);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The value a section gives its target: formatted text, or plain text for a text field. */
export function valueFor(target: string, html: string): string {
  const id = target.replace(/\[\d+\]/g, '[]');
  return getField(id)?.kind === 'textarea' ? html : plainFromRich(html).replace(/\s*\n\s*/g, ' ');
}
