/**
 * Styles of the checks overlay, inside its shadow root. Pixels, not rem: the page's root font
 * size must not resize the badges (wxt#678). Colours follow DSFR (error 425, warning 425, grey).
 */
export const OVERLAY_CSS = `
:host {
  all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; display: block !important;
  z-index: 2147483646 !important; pointer-events: none !important; visibility: visible !important;
}
* { box-sizing: border-box; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; contain: size layout style; }
.anchor { position: absolute; top: 0; left: 0; width: 0; height: 0; contain: size layout style; display: none; }
.anchor.near { display: block; }
.anchor.after .badge { right: auto; left: 0; }
.badge {
  position: absolute; top: 0; right: 0; display: none; width: max-content; max-width: 420px; pointer-events: none;
  padding: 1px 6px; border-radius: 4px; background: #fff; border: 1px solid #929292;
  font: 12px/16px Marianne, system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #3a3a3a;
  text-align: right; white-space: normal; font-variant-numeric: tabular-nums;
}
.badge.shown { display: block; }
.badge .count { font-weight: 500; white-space: nowrap; }
.badge .msg { display: block; }
.badge.warning { border-color: #b34000; color: #b34000; }
.badge.error { border-color: #ce0500; color: #ce0500; background: #fff4f3; }
.badge.error .count::before { content: "⚠ "; }
.panel {
  position: fixed; right: 12px; bottom: 12px; max-width: 360px; pointer-events: none;
  font: 14px/20px Marianne, system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #161616;
}
.panel button { pointer-events: auto; font: inherit; cursor: pointer; }
.toggle {
  display: block; margin-left: auto; padding: 4px 12px; border-radius: 16px; border: 1px solid #000091;
  background: #fff; color: #000091; box-shadow: 0 2px 6px rgba(0, 0, 18, .16);
}
.toggle.has-errors { border-color: #ce0500; color: #ce0500; }
.toggle:focus-visible, .jump:focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
.details {
  pointer-events: auto; margin-bottom: 8px; padding: 12px; max-height: 50vh; overflow: auto;
  background: #fff; border: 1px solid #ddd; border-radius: 4px; box-shadow: 0 6px 18px rgba(0, 0, 18, .16);
}
.details[hidden] { display: none; }
.details h2 { margin: 0 0 4px; font-size: 16px; line-height: 24px; font-weight: 700; }
.stats { margin: 0 0 8px; color: #3a3a3a; }
.details ul { list-style: none; margin: 0; padding: 0; }
.details li { padding: 6px 0; border-top: 1px solid #eee; }
.details .label { display: block; font-weight: 700; }
.details .error { color: #ce0500; }
.details .warning, .details .missing { color: #b34000; }
.details .a_verifier { color: #3a3a3a; }
.jump { margin-top: 2px; padding: 0; border: 0; background: none; color: #000091; text-decoration: underline; }
.empty { margin: 0; color: #18753c; }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
`;
