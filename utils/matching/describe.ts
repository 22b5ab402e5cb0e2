import type { Collected, RootScope, Walk } from './collect';
import { type ContainerCache, containerTexts } from './context';
import { backingOf, namesOf } from './control-names';
import type { ScopeText } from './cues';
import type { ControlDescription, Evidence } from './description';
import { hintTexts } from './hints';
import type { LabelMap } from './label-map';
import { nameAttributes, placeholderWords } from './names';
import { displayText, hasRequiredMarker, isMeaningful, normalizeFr, withoutHint } from './normalize';
import { selectOptions } from './options';
import { holds } from './outline';
import { precedingText } from './preceding-text';
import { commonContainer, radioGroupLabel, radioOptions } from './radio-groups';
import { type HeaderCache, tableHeadersOf } from './table-headers';
import { labelText } from './text';

/** Shared by every description of one scan: label maps and caches are built once. */
export interface DescribeEnv {
  walk: Walk;
  labelMaps: Map<RootScope, LabelMap>;
  containers: ContainerCache;
  headers: HeaderCache;
  /** Active tab / step of the page, if the page marks one. */
  section: string;
}

function evidence(texts: readonly string[], hints: readonly string[]): Evidence[] {
  const normHints = hints.map(normalizeFr);
  const out: Evidence[] = [];
  for (const text of texts) {
    let norm = normalizeFr(text);
    for (const h of normHints) norm = withoutHint(norm, h);
    if (isMeaningful(norm) && !out.some((e) => e.norm === norm)) out.push({ text, norm });
  }
  return out;
}

/** Labels, ARIA names and title of an element, as its own root's label map sees it. */
/** The child of a radio group's container that holds its first radio: the question precedes it. */
function firstBranch(radios: readonly Element[], anchor: Element): Element {
  let branch = radios[0] as Element;
  while (branch.parentElement && branch.parentElement !== anchor) branch = branch.parentElement;
  return branch;
}

export function describeControl(
  item: Collected,
  env: DescribeEnv,
  radios?: HTMLInputElement[],
): ControlDescription {
  const el = item.element;
  const holders = env.walk.holders;
  const anchor = radios ? commonContainer(radios) : el;
  const labelMap = env.labelMaps.get(item.scope) ?? new Map();
  const names = radios ? { texts: [], partial: [], labels: [] } : namesOf(el, env);
  const { texts: ownTexts, labels } = names;
  if (radios) {
    const group = radioGroupLabel(radios, anchor);
    if (group) ownTexts.push(group);
  }
  const backing = item.kind === 'richtext' ? backingOf(el, item.scope, env) : null;
  if (backing) ownTexts.unshift(...namesOf(backing, env).texts);
  const labelRead = labels.map((l) => labelText(l));
  const hints = hintTexts(
    el,
    anchor,
    labelRead.map((l) => l.hints),
    holders,
  );
  const pre = radios
    ? precedingText(firstBranch(radios, anchor), holders, anchor)
    : precedingText(anchor, holders);
  const table = tableHeadersOf(anchor, holders, env.headers, radios ? undefined : item.cell);
  const secondary: string[] = [...names.partial];
  // Text before a block of several controls names the block: a partial label for its first control.
  if (!ownTexts.length && pre) (pre.shared ? secondary : ownTexts).push(pre.text);
  if (table?.column && !ownTexts.length) ownTexts.push(table.column);
  else if (table?.column) secondary.push(table.column);
  if (table?.row) secondary.push(table.row);
  const title = el.getAttribute('title');
  if (!ownTexts.length && title) ownTexts.push(title);
  const host = item.scope.host;
  if (!ownTexts.length && host && item.scope.controls.size <= 2) {
    ownTexts.push(...namesOf(host, env).texts, host.getAttribute('title') ?? '');
    const hostPre = precedingText(host, holders);
    if (!ownTexts.some(Boolean) && hostPre) ownTexts.push(hostPre.text);
  }

  const containers = containerTexts(anchor, holders, env.containers);
  for (let s: RootScope | null = item.scope; s?.host; s = s.parent)
    if (s.host.tagName === 'IFRAME') containers.push(...containerTexts(s.host, holders, env.containers));
  const outline = item.outline.filter((h) => !h.scope || holds(h.scope, anchor)).reverse();
  const contextTexts = [
    ...(pre && !ownTexts.includes(pre.text) ? [pre.text] : []),
    ...containers.map((c) => c.text),
    table?.caption ?? '',
    ...outline.map((h) => h.text),
    env.section,
  ];
  const row = table?.rowElement;
  const scopeTexts: ScopeText[] = [
    ...(table?.row ? [{ norm: normalizeFr(table.row), strong: true, header: true, container: row }] : []),
    ...(table?.column ? [{ norm: normalizeFr(table.column), strong: true, header: true }] : []),
    ...(table?.caption
      ? [{ norm: normalizeFr(table.caption), strong: true, container: row?.closest('table') ?? undefined }]
      : []),
    ...(pre && !ownTexts.includes(pre.text) ? [{ norm: normalizeFr(pre.text), strong: true }] : []),
    ...containers.map((c) => ({ norm: normalizeFr(c.text), strong: true, container: c.container })),
    ...outline.map((h) => ({ norm: h.norm, strong: false, container: h.scope ?? undefined })),
    { norm: normalizeFr(env.section), strong: false },
  ];
  const own = evidence(ownTexts, hints);
  const placeholder = placeholderWords(
    el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '',
  );
  const words = nameAttributes(radios ? (radios[0] ?? el) : el);
  const legendText = containers.find((c) => c.source === 'legend')?.text ?? '';
  const rawLabel = [...labelRead.map((l) => l.text), ...(radios ? ownTexts : [])].join(' ');
  const required =
    (radios ?? [el]).some((r) => r.hasAttribute('required') || r.getAttribute('aria-required') === 'true') ||
    hasRequiredMarker(rawLabel);
  const display = displayText(own[0]?.text || legendText || pre?.text || placeholder);
  return {
    element: el,
    radios,
    control: radios ? 'radio' : item.kind,
    inputType: el.tagName === 'INPUT' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '',
    autocomplete: (el.getAttribute('autocomplete') ?? '').toLowerCase(),
    own,
    secondary: evidence(secondary, hints),
    weak: evidence([placeholder, words.join(' '), own.length ? (title ?? '') : ''], []),
    context: evidence(contextTexts, []),
    scopeTexts,
    options: radios ? radioOptions(radios, labelMap) : selectOptions(el),
    hints,
    display: display || displayText(placeholder),
    rawLabel,
    legend: legendText,
    heading: outline[0]?.text ?? '',
    section: env.section || (outline[outline.length - 1]?.text ?? ''),
    nameWords: words,
    required,
    anchor,
    row: table?.rowElement ?? null,
  };
}
