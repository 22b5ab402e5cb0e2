declare global {
  interface Window {
    /** Every button or link the page saw pressed, in order (tests check what a filler pressed). */
    __certifproPressed?: string[];
    /** Times « Déposer la demande » was pressed: it must stay 0 in every test. */
    __certifproDeposee?: number;
  }
}

const nameOf = (el: Element): string =>
  (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '')
    .replace(/\s+/g, ' ')
    .trim();

/** Records every press of a button or link on the page, whoever pressed it (capture phase). */
export function logPresses(): void {
  window.__certifproPressed = [];
  window.__certifproDeposee = 0;
  document.addEventListener(
    'click',
    (event) => {
      const target =
        event.target instanceof Element ? event.target.closest('button, a, [role="button"]') : null;
      if (target) window.__certifproPressed?.push(nameOf(target));
    },
    true,
  );
}
