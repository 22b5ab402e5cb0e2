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
  /** Why it is not placed, when the reason is known (criteria, a bloc's text outside any bloc): « Non placée : … ». */
  why?: string;
}

export interface WordPlan {
  sections: WordSection[];
  /** Blocs the document adds after the dossier's existing ones. */
  newBlocs: number;
}

const HEADING = /^h[1-6]$/;

/**
 * A short paragraph entirely in bold (« Activités visées : ») reads as a heading too; one that ends
 * with a colon may be longer (the framework's « Description du métier, de l’activité ou de la
 * situation professionnelle à partir duquel le dispositif visant la certification est initié : »).
 */
function headingText(el: Element): string | null {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 200) return null;
  if (HEADING.test(el.localName)) return text.length <= 160 ? text : null;
  if (el.localName !== 'p') return null;
  const bold = Array.from(el.querySelectorAll('strong, b'))
    .map((b) => b.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return bold === text && (text.length <= 120 || /[:：]$/.test(text)) ? text : null;
}

/** A heading as the preview names its section: without the closing colon. */
const titleOf = (heading: string) => heading.replace(/\s*[:：]\s*$/, '');

/** « Bloc 1 – Installer… : compétences »: what a section is, after the bloc or table it comes from. */
const partOf = (source: string, part: string) => `${source}\u00a0: ${part}`;

/**
 * The document's sections matched to the dossier's fields: a heading names a field (catalogue
 * vocabulary), its content follows until the next heading; « Bloc … » headings open a bloc, whose
 * référentiel table gives its competences and modalités. Everything else is kept, unplaced.
 */
export function planWordImport(html: string, repertoire: Repertoire, existingBlocs: number): WordPlan {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const sections: WordSection[] = [];
  let n = 0;
  const add = (title: string, content: string, target: string | null, why?: string) => {
    const clean = sanitizeRich(content);
    if (clean !== '') sections.push({ id: `s${++n}`, title, html: clean, target, ...(why ? { why } : {}) });
  };
  let current: { title: string; target: string | null; why?: string; parts: string[] } = {
    title: 'Début du document',
    target: null,
    parts: [],
  };
  /** The bloc being read: its index in the dossier and the name its sections are listed under. */
  let bloc = null as { index: number; name: string } | null;
  let newBlocs = 0;
  const flush = () => {
    add(current.title, current.parts.join(''), current.target, current.why);
    current.parts = [];
  };
  const openBloc = (name: string, code: string | null, libelle: string) => {
    const index = existingBlocs + newBlocs;
    newBlocs++;
    const opened = { index, name: name || `Bloc ${index + 1}` };
    const at = `fiche.blocs[${index}]`;
    if (libelle) add(partOf(opened.name, 'intitulé'), `<p>${escapeHtml(libelle)}</p>`, `${at}.libelle`);
    if (code) add(partOf(opened.name, 'code'), `<p>${escapeHtml(code)}</p>`, `${at}.code`);
    return opened;
  };
  for (const el of Array.from(doc.body.children)) {
    if (el.localName === 'table') {
      const ref = readReferentiel(el as HTMLTableElement);
      if (!ref) {
        current.parts.push(el.outerHTML);
        continue;
      }
      flush();
      if (repertoire === 'RNCP' && !bloc) bloc = openBloc('', null, '');
      const source = bloc?.name ?? (current.title === 'Début du document' ? 'Référentiel' : current.title);
      placeReferentiel(ref, repertoire, bloc?.index ?? -1, source, add);
      continue;
    }
    const heading = headingText(el);
    const blocTitle = heading && repertoire === 'RNCP' ? blocHeading(heading) : null;
    if (heading && blocTitle) {
      flush();
      bloc = openBloc(titleOf(heading), blocTitle.code, blocTitle.libelle);
      current = { title: titleOf(heading), target: null, parts: [] };
      continue;
    }
    const field = heading ? fieldForHeading(heading, repertoire, bloc !== null) : null;
    const inBloc = field && getField(field)?.group ? bloc : null;
    const target = inBloc && field ? field.replace('fiche.blocs[]', `fiche.blocs[${inBloc.index}]`) : field;
    // A bold line splits unplaced text, or names another field; inside a placed section it is the
    // section's own emphasis (« Le titulaire : », « Activités principales : » under « Activités visées »).
    const bold = heading !== null && !HEADING.test(el.localName);
    const splits = bold ? current.target === null || (target !== null && target !== current.target) : true;
    if (heading && splits) {
      flush();
      const title = inBloc ? partOf(inBloc.name, titleOf(heading).toLowerCase()) : titleOf(heading);
      const blocOnly = !field && !bloc && repertoire === 'RNCP' && fieldForHeading(heading, repertoire, true);
      current = { title, target, parts: [], ...(blocOnly ? { why: BLOC_ONLY } : {}) };
      continue;
    }
    current.parts.push(el.outerHTML);
  }
  flush();
  return { sections, newBlocs };
}

/** A référentiel table's competences, modalités (into the bloc, or the RS fiche) and criteria (to place). */
function placeReferentiel(
  ref: Referentiel,
  repertoire: Repertoire,
  bloc: number,
  source: string,
  add: (title: string, html: string, target: string | null, why?: string) => void,
): void {
  const competences = `<ul>${ref.competences.map((c) => `<li>${c}</li>`).join('')}</ul>`;
  const modalites = ref.modalites.join('');
  const at = `fiche.blocs[${bloc}]`;
  add(
    partOf(source, 'compétences'),
    competences,
    repertoire === 'RNCP' ? `${at}.listeCompetences` : 'fiche.competencesAttestees',
  );
  add(
    partOf(source, 'modalités d’évaluation'),
    modalites,
    repertoire === 'RNCP' ? `${at}.modalitesEvaluation` : 'fiche.modalitesEvaluation',
  );
  const criteres = ref.criteres
    .map((c) => `<p><strong>${escapeHtml(visibleText(c.competence))}</strong></p>${c.criteres}`)
    .join('');
  add(partOf(source, 'critères d’évaluation'), criteres, null, CRITERIA);
}

const CRITERIA =
  'la fiche n’a pas de champ pour les critères d’évaluation, ils restent dans le référentiel d’évaluation joint à la demande. Vous pouvez les citer dans un argumentaire.';
const BLOC_ONLY =
  'au RNCP, ce texte se décrit bloc par bloc\u00a0: choisissez le bloc de compétences où le placer.';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The value a section gives its target: formatted text, or plain text for a text field. */
export function valueFor(target: string, html: string): string {
  const id = target.replace(/\[\d+\]/g, '[]');
  return getField(id)?.kind === 'textarea' ? html : plainFromRich(html).replace(/\s*\n\s*/g, ' ');
}
