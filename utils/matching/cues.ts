import type { GroupId } from '../catalogue/types';
import { memo, memoTest } from './memo';

/**
 * Scopes: where on the form a control sits (which criterion, which voie d'accès, which repeated
 * group). Read from the control's context (legends, headings, row headers…), compared with the
 * scope a catalogue id implies. All patterns run on normalised text (see normalizeFr).
 */
export interface Scope {
  critere?: string;
  voie?: string;
  group?: GroupId;
  /** The group cue is specific (« Bloc 2 », a legend, a row header), not just a section title. */
  groupStrong?: boolean;
  /** The control sits in a container titled with the group's plural (« Liste des partenaires »). */
  groupListed?: boolean;
  /** 1-based instance number read next to the group cue (« Bloc 2 » → 2). */
  groupNumber?: number;
  /** The element the specific group cue titles (a bloc's card, a row): the instance. */
  groupContainer?: Element;
}

const SUFFIX = '(bis|ter|quater|quinquies)?';
const CRITERE = new RegExp(`\\bcriteres? (?:numero )?(\\d{1,2}) ?${SUFFIX}\\b`);
/** A heading that starts with the criterion number (« 2° bis — Réalité… », « 1° Adéquation… »). */
const LEADING_NUMBER = new RegExp(`^(\\d{1,2}) ?${SUFFIX} ?(?:[-:.)]|(?=[a-z]{3}))`);

const VOIES: readonly [string, RegExp][] = [
  ['fi', /statut d'? ?eleve|etudiant|formation initiale|voie scolaire/],
  ['ca', /apprentissage|\bapprentis?\b/],
  ['fc', /formation continue/],
  ['cq', /professionnalisation/],
  ['cl', /candidature (?:individuelle|libre)|candidat libre/],
  ['vae', /\bvae\b|par (?:l'? ?)?experience|acquis de l'? ?experience/],
];

const GROUPS: readonly [GroupId, RegExp, RegExp][] = [
  ['fiche.blocs', /\bblocs?\b/, /\bblocs? (?:de competences )?(?:numero )?(\d{1,2})\b|bc ?(\d{2})\b/],
  ['demande.certificateurs', /certificateurs?/, /certificateurs? (?:numero )?(\d{1,2})\b/],
  [
    'partenaires',
    /partenaires?|organismes? habilites?/,
    /(?:partenaires?|organismes? habilites?) (?:numero )?(\d{1,2})\b/,
  ],
  [
    'promotions',
    /\bpromotions?\b|\bcohortes?\b/,
    /(?:promotions?|cohortes?) (?:numero )?(\d{1,2})\b(?! ?\d)/,
  ],
  ['corresp', /correspondances?|equivalences?/, /(?:correspondances?|equivalences?) (?:numero )?(\d{1,2})\b/],
];

const numberOf = (m: RegExpExecArray | null) => (m ? `${m[1]}${m[2] ?? ''}` : undefined);
/** Memoised like the other cues: a bloc's controls repeat its headings and legends. */
const criterionNamed = memo((text) => numberOf(CRITERE.exec(text)));
const criterionLeading = memo((text) => numberOf(LEADING_NUMBER.exec(text)));
const mentionsCriteria = memoTest(/\bcriteres?\b/);

export function criterionIn(text: string, inCriteria: boolean): string | undefined {
  return criterionNamed(text) ?? (inCriteria ? criterionLeading(text) : undefined);
}

/** The voie d'accès a text names (memoised: every control of a voie's block repeats its legend). */
export const voieIn: (text: string) => string | undefined = memo((text) => {
  for (const [key, re] of VOIES) if (re.test(text)) return key;
  return undefined;
});

export interface GroupCue {
  group: GroupId;
  number?: number;
  plural: boolean;
}

/**
 * The repeated group a text names. `plural` (« Blocs de compétences ») titles the list of
 * instances, not one instance.
 */
export const groupIn: (text: string) => GroupCue | undefined = memo((text) => {
  for (const [group, cue, numbered] of GROUPS) {
    const c = cue.exec(text);
    if (!c) continue;
    const m = numbered.exec(text);
    const n = m ? Number(m[1] ?? m[2]) : undefined;
    return Object.freeze({ group, number: n && n > 0 ? n : undefined, plural: /s\b/.test(c[0]) });
  }
  return undefined;
});

/** One piece of context, nearest first; `strong` when it names this control's own container. */
export interface ScopeText {
  norm: string;
  strong: boolean;
  /** A table header names a column or a row: a group cue counts only with a number (« Promotion 2 »). */
  header?: boolean;
  /** The element this text titles (fieldset, card, section, row), if any. */
  container?: Element;
}

/** Nearest-first detection: each family keeps the first value found. */
export function detectScope(texts: readonly ScopeText[]): Scope {
  const scope: Scope = {};
  const inCriteria = texts.some((t) => mentionsCriteria(t.norm));
  for (const { norm, strong, header, container } of texts) {
    if (!norm) continue;
    const critere = criterionIn(norm, inCriteria);
    scope.critere ??= critere;
    scope.voie ??= voieIn(norm);
    // A criterion's title speaks of blocs or correspondances as topics, not as group instances.
    if (!critere && (!scope.group || (!scope.groupStrong && strong))) {
      const g = groupIn(norm);
      if (g && (!header || g.number !== undefined) && (!scope.group || g.group === scope.group || strong)) {
        const numbered = g.number !== undefined;
        scope.group = g.group;
        scope.groupStrong = (strong && !g.plural) || numbered;
        scope.groupListed = strong && g.plural;
        scope.groupNumber = g.number ?? scope.groupNumber;
        if (scope.groupStrong && container) scope.groupContainer = container;
      }
    }
  }
  return scope;
}

/** The scope a catalogue id implies. */
export function fieldScope(fieldId: string): Scope {
  const scope: Scope = {};
  const c = /\.critere(\w+?)\./.exec(fieldId);
  if (c?.[1]) scope.critere = c[1];
  const v = /^fiche\.voiesAcces\.(\w+)\./.exec(fieldId);
  if (v?.[1]) scope.voie = v[1];
  const g = /^(.+)\[\]\./.exec(fieldId);
  if (g?.[1]) scope.group = g[1] as GroupId;
  return scope;
}
