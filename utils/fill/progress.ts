import { getField, SECTIONS, type SectionId } from '../catalogue';
import type { DossierDto } from '../dossier/model';
import { filledValues } from './missing';
import { foldOption } from './normalise';
import type { PlanDecision } from './types';

/**
 * Progress across the request's tabs: on each tab seen, how many dossier values the platform
 * already holds and how many remain; which tab to open next. Pure: the page gives its tabs and
 * its plan, the side panel keeps what it saw per tab.
 */

/** Decisions that stand for no dossier value on this page. */
const NOT_A_VALUE: ReadonlySet<PlanDecision> = new Set(['sans_valeur', 'a_verifier', 'ignore']);

export interface TabProgress {
  /** The tab's name as the page shows it (« Fiche descriptive »). */
  tab: string;
  onPlatform: number;
  remaining: number;
  /** Dossier sections whose values this tab showed. */
  sections: SectionId[];
}

/**
 * Values of this tab on the platform (the page holds them) and left to do (to fill, to create,
 * differing, refused). A value with no control here is not counted: it may well be on another tab.
 */
export function countProgress(decisions: readonly PlanDecision[]): { onPlatform: number; remaining: number } {
  let onPlatform = 0;
  let remaining = 0;
  for (const d of decisions) {
    if (NOT_A_VALUE.has(d)) continue;
    if (d === 'identique') onPlatform += 1;
    else remaining += 1;
  }
  return { onPlatform, remaining };
}

const sectionOfPath = (path: string): SectionId | undefined =>
  getField(path.replace(/\[\d+\]/, '[]'))?.section ?? (path.startsWith('demande.') ? 'demande' : undefined);

/** The dossier's sections holding at least one value, with how many. */
export function valuesBySection(dossier: DossierDto): Map<SectionId, number> {
  const out = new Map<SectionId, number>();
  for (const v of filledValues(dossier)) {
    const s = sectionOfPath(v.path);
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/**
 * The sections a tab shows, from the dossier paths of its controls: a section counts with three
 * values here, or when it is the only one (an identification tab holding the fiche's title does
 * not show the fiche).
 */
export function sectionsOf(paths: readonly string[]): SectionId[] {
  const counts = new Map<SectionId, number>();
  for (const p of paths) {
    const s = sectionOfPath(p);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 3 || counts.size === 1).map(([s]) => s);
}

const SIGNIFICANT = (text: string) =>
  foldOption(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 5)
    .map((w) => w.replace(/s$/, ''));

/** Whether a tab's name speaks of a section (« Partenaires » and « Partenaires et habilitations »). */
export function tabShowsSection(tab: string, section: SectionId): boolean {
  const title = SECTIONS.find((s) => s.id === section)?.title ?? section;
  const words = new Set(SIGNIFICANT(title));
  return SIGNIFICANT(tab).some((w) => words.has(w));
}

export interface NextTab {
  tab: string;
  /** Why: values left there, or a section of the dossier no tab seen has shown yet. */
  reason: string;
}

/**
 * The tab to open next, in the page's order after the current one: first a tab not seen yet
 * that names a section with dossier values no seen tab has shown, else a tab seen with values
 * left; null when there is nothing left that Certifill can tell.
 */
export function nextTab(
  tabs: readonly string[],
  current: string | null,
  seen: readonly TabProgress[],
  dossierSections: ReadonlyMap<SectionId, number>,
): NextTab | null {
  const at = current ? tabs.indexOf(current) : -1;
  const order = [...tabs.slice(at + 1), ...tabs.slice(0, Math.max(at, 0))].filter((t) => t !== current);
  const shown = new Set(seen.flatMap((s) => s.sections));
  for (const tab of order) {
    if (seen.some((s) => s.tab === tab)) continue;
    const sections = [...dossierSections].filter(([s]) => !shown.has(s) && tabShowsSection(tab, s));
    const n = sections.reduce((sum, [, k]) => sum + k, 0);
    if (n > 0)
      return {
        tab,
        reason: `${n}\u00a0valeur${n > 1 ? 's' : ''} du dossier pas encore vue${n > 1 ? 's' : ''} sur la plateforme`,
      };
  }
  for (const tab of order) {
    const s = seen.find((x) => x.tab === tab);
    if (s && s.remaining > 0)
      return { tab, reason: `${s.remaining}\u00a0valeur${s.remaining > 1 ? 's' : ''} encore à reprendre` };
  }
  return null;
}
