/**
 * Styles of the checks overlay, inside its shadow root. Pixels, not rem: the page's root font
 * size must not resize the badges (wxt#678). Certifill's own palette and the system font (assets/base.css):
 * the badges must not pass for the platform's own DSFR text.
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
  padding: 1px 6px; border-radius: 6px; background: #fff; border: 1px solid #9aa8ae; border-left: 3px solid #0b5563;
  font: 12px/16px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #3c4a52;
  text-align: right; white-space: normal; font-variant-numeric: tabular-nums;
}
.badge.shown { display: block; }
.badge .count { font-weight: 500; white-space: nowrap; }
.badge .msg { display: block; }
.badge.warning { border-color: #9a4800; color: #9a4800; }
.badge.error { border-color: #b8212a; color: #b8212a; background: #fcebec; }
.badge.error .count::before { content: "⚠ "; }
.panel {
  position: fixed; right: 12px; bottom: 12px; max-width: 360px; pointer-events: none;
  font: 14px/20px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1f2a30;
}
.panel button { pointer-events: auto; font: inherit; cursor: pointer; }
.toggle {
  display: block; margin-left: auto; padding: 4px 12px 4px 10px; border-radius: 16px; border: 1px solid #0b5563;
  background: #0b5563; color: #fff; font-weight: 600; box-shadow: 0 2px 8px rgba(8, 63, 74, .28);
}
.toggle::before { content: ""; display: inline-block; width: 8px; height: 8px; margin-right: 6px; border-radius: 50%; background: #e39b2d; vertical-align: 1px; }
.toggle.has-errors { border-color: #b8212a; background: #b8212a; color: #fff; }
.toggle:focus-visible, .jump:focus-visible { outline: 2px solid #083f4a; outline-offset: 2px; }
.details {
  pointer-events: auto; margin-bottom: 8px; padding: 12px; max-height: 50vh; overflow: auto;
  background: #fff; border: 1px solid #d5dde0; border-top: 4px solid #0b5563; border-radius: 8px; box-shadow: 0 6px 18px rgba(8, 63, 74, .18);
}
.details[hidden] { display: none; }
.details h2 { margin: 0 0 4px; font-size: 16px; line-height: 24px; font-weight: 700; }
.stats { margin: 0 0 8px; color: #3c4a52; }
.details ul { list-style: none; margin: 0; padding: 0; }
.details li { padding: 6px 0; border-top: 1px solid #eee; }
.details .label { display: block; font-weight: 700; }
.details .error { color: #b8212a; }
.details .warning, .details .missing { color: #9a4800; }
.details .a_verifier { color: #3c4a52; }
.jump { margin-top: 2px; padding: 0; border: 0; background: none; color: #0b5563; text-decoration: underline; }
.empty { margin: 0; color: #1b7a43; }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
`;
