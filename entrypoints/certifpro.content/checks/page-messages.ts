/**
 * The page's own messages for a field (DSFR `.fr-messages-group`, `.fr-error-text`, the page's
 * counter). Badges go below them, and the checks do not repeat an error the page already shows.
 * Only the DOM tree is read here, never the layout.
 */

const GROUP = '.fr-input-group, .fr-select-group, .fr-fieldset, .fr-fieldset__element, .fr-upload-group';
const MESSAGES = '.fr-messages-group, .fr-error-text, .fr-message, .fr-hint-text[aria-live], [role="alert"]';
const ERROR = '.fr-message--error, .fr-error-text, [role="alert"]';

/** The field's DSFR group, where the page writes its messages. */
export function groupOf(el: Element): Element | null {
  return el.closest(GROUP);
}

/** Message elements that sit below the control in its group (may be empty right now). */
export function messageElements(el: Element): Element[] {
  const group = groupOf(el);
  const found = new Set<Element>();
  for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
    const target = id ? el.ownerDocument.getElementById(id) : null;
    if (target && target !== el && !target.contains(el)) found.add(target);
  }
  if (group) for (const m of group.querySelectorAll(MESSAGES)) if (!m.contains(el)) found.add(m);
  // Only what comes after the control: hints inside the label above it do not matter.
  return [...found].filter((m) => el.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** True when the page itself flags the field as wrong right now (`group`: its DSFR group, if known). */
export function pageShowsError(el: Element, group: Element | null = groupOf(el)): boolean {
  if (el.getAttribute('aria-invalid') === 'true') return true;
  if (!group) return false;
  if (/--error\b/.test(group.className)) return true;
  return [...group.querySelectorAll(ERROR)].some((m) => (m.textContent ?? '').trim() !== '');
}

const LENGTH_WORDS = /caract[eè]res?|signes|trop long|d[ée]pass/i;

/** True when the page itself says, in an error message, that the text is too long (its counter in error, « trop long »). */
export function pageShowsLengthError(el: Element, group: Element | null = groupOf(el)): boolean {
  const errors = new Set(group ? group.querySelectorAll(ERROR) : []);
  for (const m of messageElements(el)) if (m.matches(ERROR) || m.querySelector(ERROR)) errors.add(m);
  return [...errors].some((m) => LENGTH_WORDS.test(m.textContent ?? ''));
}
