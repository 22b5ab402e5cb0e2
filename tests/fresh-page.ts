// The `dom` and `views` files share one happy-dom window (vitest.config.ts). This setup file runs again before
// each file, so that each one starts as on a page of its own: empty body, empty storages, no hash.
document.body.replaceChildren();
localStorage.clear();
sessionStorage.clear();
if (window.location.hash) window.location.hash = '';
