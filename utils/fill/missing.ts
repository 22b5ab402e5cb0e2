import { getField } from '../catalogue';
import type { DossierDto } from '../dossier/model';
import { groupPath, isFilled } from '../dossier/paths';
import { isRichHtml, plainFromRich } from '../richtext/core';
import { pathLabel } from './labels';
import { valueAsText } from './normalise';
import type { MissingValue, PageFieldState } from './types';

/** A value as text; formatted text (or any HTML a value holds) as its plain rendering, never its tags. */
function textOf(id: string, v: Parameters<typeof valueAsText>[0]): string {
  return typeof v === 'string' && (getField(id)?.kind === 'textarea' || isRichHtml(v))
    ? plainFromRich(v)
    : valueAsText(v);
}

/** Every place of the dossier that holds a value, with that value as text. */
export function filledValues(d: DossierDto): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [
    { path: 'demande.repertoire', value: d.repertoire },
    {
      path: 'demande.typeDemande',
      value: d.requestKind === 'renouvellement' ? 'Renouvellement' : 'Première demande',
    },
  ];
  if (d.previousCode) out.push({ path: 'demande.numeroFichePrecedente', value: d.previousCode });
  for (const [id, v] of Object.entries(d.values))
    if (isFilled(v)) out.push({ path: id, value: textOf(id, v) });
  for (const [group, items] of Object.entries(d.groups))
    items.forEach((item, i) => {
      for (const [key, v] of Object.entries(item))
        if (isFilled(v))
          out.push({ path: groupPath(`${group}[].${key}`, i), value: textOf(`${group}[].${key}`, v) });
    });
  const files = new Map<string, string[]>();
  for (const a of d.attachments) files.set(a.fieldId, [...(files.get(a.fieldId) ?? []), a.name]);
  for (const [id, names] of files) out.push({ path: id, value: names.join(', ') });
  return out;
}

const sectionOf = (path: string) => getField(path.replace(/\[\d+\]/, '[]'))?.section;

/**
 * Dossier values that no recognised control of this page stands for, limited to the sections
 * the page shows (a page of the « Fiche » tab does not list the criteria).
 */
export function missingOnPage(d: DossierDto, states: readonly PageFieldState[]): MissingValue[] {
  const onPage = new Set(states.flatMap((s) => (s.path ? [s.path] : [])));
  const perSection = new Map<string | undefined, number>();
  for (const s of states)
    if (s.path) perSection.set(sectionOf(s.path), (perSection.get(sectionOf(s.path)) ?? 0) + 1);
  // A section counts as shown when it has 3 fields here (or is the only one): one stray field is not a tab.
  const sections = new Set(
    [...perSection].filter(([, n]) => n >= 3 || perSection.size === 1).map(([id]) => id),
  );
  return filledValues(d)
    .filter((v) => !onPage.has(v.path) && sections.has(sectionOf(v.path)))
    .map((v) => ({ path: v.path, label: pathLabel(v.path), value: v.value }));
}
