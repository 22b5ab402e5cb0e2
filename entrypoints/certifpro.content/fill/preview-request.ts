import { getGroup } from '@/utils/catalogue';
import type { DossierDto } from '@/utils/dossier/model';
import { futureRows, groupCounts, itemStates } from '@/utils/fill/group-plan';
import { missingOnPage } from '@/utils/fill/missing';
import { planPage } from '@/utils/fill/plan';
import { countProgress, sectionsOf } from '@/utils/fill/progress';
import type { PageFieldState, PlanItem } from '@/utils/fill/types';
import type { RecognisedField } from '@/utils/matching/types';
import type { GroupPreview, PrefillPreview, TabStanding } from '@/utils/messaging/page-protocol';
import { controlName, findAddControl } from './add-control';
import { groupLayouts } from './group-layout';
import { requestTabs } from './request-tabs';

/**
 * The preview of « Pré-remplir cette page » for the whole request: the page's controls, then, after
 * each group's items, the items to create through its add control (« Bloc 3 — Intitulé du bloc :
 * à créer puis remplir »), or to add by hand when the page has no add control for it.
 */
export function previewRequest(
  fields: readonly RecognisedField[],
  states: readonly PageFieldState[],
  dossier: DossierDto,
): Omit<PrefillPreview, 'dossier' | 'standing'> & { standing: TabStanding } {
  const plan = planPage(states, dossier);
  const layouts = groupLayouts(fields);
  const counts = groupCounts(states, dossier);
  const groups: GroupPreview[] = counts.map((c) => {
    const layout = layouts.get(c.group);
    const add = c.inDossier > c.onPage && layout ? findAddControl(layout, { includeBusy: true }) : null;
    return {
      group: c.group,
      label: getGroup(c.group).label,
      onPage: c.onPage,
      inDossier: c.inDossier,
      toCreate: Math.max(0, c.inDossier - c.onPage),
      addControl: add ? controlName(add) : null,
    };
  });
  const items: PlanItem[] = [...plan];
  counts.forEach(({ group, onPage, inDossier }, at) => {
    if (inDossier <= onPage) return;
    const canAdd = groups[at]?.addControl !== null;
    const rows: PlanItem[] = [];
    for (let i = onPage; i < inDossier; i++)
      rows.push(...futureRows(dossier, group, i, canAdd, itemStates(states, group, 0)));
    // Right after the group's last item on the page, as the page will show them.
    const last = items.findLastIndex((p) => p.path?.startsWith(`${group}[`));
    items.splice(last < 0 ? items.length : last + 1, 0, ...rows);
  });
  const future = new Set(items.filter((p) => p.key.startsWith('new:')).map((p) => p.path));
  const missing = missingOnPage(dossier, states).filter((m) => !future.has(m.path));
  return {
    items: items.map(({ write, ...p }) => ({ ...p, writable: !!write || p.key.startsWith('new:') })),
    missing,
    groups,
    standing: standingOf(items),
  };
}

/** This tab's progress: values on the platform, values left (to fill, create, replace, add by hand). */
export function standingOf(items: readonly PlanItem[]): TabStanding {
  const { tabs, current } = requestTabs();
  const paths = items.flatMap((p) => (p.path && p.decision !== 'a_verifier' ? [p.path] : []));
  return { tab: current, tabs, ...countProgress(items.map((p) => p.decision)), sections: sectionsOf(paths) };
}
