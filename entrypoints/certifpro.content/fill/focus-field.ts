import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RecognisedField } from '@/utils/matching/types';

/**
 * Shows the user a field they asked for from the popup (« Voir sur la page »): scrolls to it,
 * gives it the focus and outlines it for two seconds. Only ever on the user's request.
 */
export function focusControl(ctx: ContentScriptContext, f: RecognisedField): boolean {
  const el = f.radios?.find((r) => r.checked) ?? f.element;
  if (!el.isConnected) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
  const previous = el.style.outline;
  el.style.outline = '3px solid #c47410';
  ctx.setTimeout(() => {
    el.style.outline = previous;
  }, 2000);
  return true;
}
