/**
 * The request's tabs as the page shows them (an ARIA tablist, the platform's steps): their names
 * in order, and the one shown. Only the top document's first tablist holding a selected tab.
 */
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function requestTabs(doc: Document = document): { tabs: string[]; current: string | null } {
  for (const list of doc.querySelectorAll('[role="tablist"]')) {
    const tabs = [...list.querySelectorAll('[role="tab"]')];
    const current = tabs.find((t) => t.getAttribute('aria-selected') === 'true');
    if (!current) continue;
    return {
      tabs: tabs
        .map((t) => clean(t.textContent))
        .filter(Boolean)
        .slice(0, 40),
      current: clean(current.textContent),
    };
  }
  const step = doc.querySelector('[aria-current="step"], [aria-current="page"]');
  return { tabs: [], current: step ? clean(step.textContent) : null };
}
