import { logPresses } from './controls/press-log';
import { flushMounted, h, runCleanups } from './dom';
import { resetFieldIds } from './ids';
import { footer } from './layout/footer';
import { header } from './layout/header';
import { notice } from './layout/notice';
import { accountPage } from './pages/account';
import { demandePage } from './pages/demande';
import { homePage } from './pages/home';
import { loginPage } from './pages/login';
import { mentionsPage, notFoundPage } from './pages/misc';
import type { Page } from './pages/page';
import { demandePath, parseRoute, type Route } from './router';
import { setScope } from './store';

declare global {
  interface Window {
    /** Path of the last fully rendered route (for tests waiting on a render). */
    __certifproRoute?: string;
  }
}

function pageFor(route: Route): Page {
  switch (route.page) {
    case 'home':
      return homePage();
    case 'login':
      return loginPage();
    case 'account':
      return accountPage();
    case 'mentions':
      return mentionsPage();
    case 'demande':
      return demandePage(route.demande, route.tab);
    default:
      return notFoundPage();
  }
}

const main = h('main', {
  id: 'contenu',
  role: 'main',
  class: 'fr-container fr-pt-3w fr-pb-8w',
  tabindex: -1,
});

function render(): void {
  runCleanups();
  resetFieldIds();
  const route = parseRoute(location.pathname);
  if (route.page === 'demande' && !location.pathname.endsWith(`/${route.tab}`)) {
    history.replaceState(null, '', demandePath(route.demande.id, route.tab));
  }
  setScope(route.page === 'demande' ? `demande-${route.demande.id}` : route.page);
  const page = pageFor(route);
  document.title = page.title;
  main.replaceChildren(...page.content);
  flushMounted();
  window.__certifproRoute = location.pathname;
}

function boot(): void {
  logPresses();
  const route = parseRoute(location.pathname);
  const current =
    route.page === 'demande' || route.page === 'home'
      ? 'demandes'
      : route.page === 'account'
        ? 'compte'
        : null;
  const skiplinks = h(
    'div',
    { class: 'fr-skiplinks' },
    h(
      'nav',
      { class: 'fr-container', role: 'navigation', 'aria-label': 'Accès rapide' },
      h(
        'ul',
        { class: 'fr-skiplinks__list' },
        h('li', {}, h('a', { class: 'fr-link', href: '#contenu' }, 'Contenu')),
        h('li', {}, h('a', { class: 'fr-link', href: '#footer' }, 'Pied de page')),
      ),
    ),
  );
  document
    .getElementById('app')
    ?.replaceChildren(
      skiplinks,
      header(current, route.page !== 'login' && route.page !== 'account'),
      notice(),
      main,
      footer(),
    );
  // Fragment links (skip links) also fire popstate: only a path change re-renders.
  window.addEventListener('popstate', () => {
    if (location.pathname !== window.__certifproRoute) render();
  });
  window.addEventListener('certifpro:navigate', () => {
    render();
    const tabsTop = document.querySelector('.fr-tabs')?.getBoundingClientRect().top ?? 0;
    if (tabsTop < 0) document.querySelector('.fr-tabs')?.scrollIntoView({ block: 'start' });
  });
  render();
}

boot();
