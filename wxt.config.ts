import { defineConfig } from 'wxt';

/** The platform the extension serves. The only host it may touch in the store build. */
const PLATFORM_MATCH = 'https://certifpro.francecompetences.fr/*';
/** The local reconstruction of Certif Pro, served on 127.0.0.1 — demo/test builds only. */
const RECONSTRUCTION_MATCH = 'http://127.0.0.1/*';
/** The sizes of public/icon/<size>.png (scripts/icons.mjs draws them). */
const ICON_SIZES = [16, 32, 48, 128];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: mode === 'production' ? 'Certifill' : 'Certifill (démo / test)',
    description:
      'Pré-remplit, vérifie et suit les demandes d’enregistrement RNCP / RS sur Certif Pro (France compétences).',
    // unlimitedStorage: attachments (up to 200 MB each) live in the extension's IndexedDB; without
    // it the browser's per-origin quota can refuse a save (README, « Permissions »).
    // scripting: the background injects the pre-fill engine into the Certif Pro tab when the side
    // panel first asks for it (entrypoints/prefill-engine.ts); no install warning of its own, the
    // host permissions above already cover the page.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: mode === 'production' ? [PLATFORM_MATCH] : [PLATFORM_MATCH, RECONSTRUCTION_MATCH],
    // The toolbar button shows the name mark (public/icon/, drawn by scripts/icons.mjs); WXT fills `icons`.
    action: {
      default_title: 'Certifill',
      default_icon: Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`])),
    },
    // The main-world editor bridge (entrypoints/editor-bridge.ts), injected by the content script.
    web_accessible_resources: [{ resources: ['editor-bridge.js'], matches: [PLATFORM_MATCH] }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'certifill@certifill.fr',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // The content script and the scripts injected into the page (pre-fill engine, editor bridge) use
    // `browser` only through WXT (runtime.id, getURL, getManifest, messaging), which both browsers
    // offer natively: they ship without the webextension polyfill (30 kB).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
    // Content-script matches are declared in the entrypoint for the platform only;
    // the reconstruction's origin is added here, and only outside the store build.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'production') return;
      for (const cs of manifest.content_scripts ?? []) {
        if (cs.matches?.includes(PLATFORM_MATCH)) cs.matches.push(RECONSTRUCTION_MATCH);
      }
      for (const war of manifest.web_accessible_resources ?? []) {
        if (typeof war !== 'string' && war.matches?.includes(PLATFORM_MATCH))
          war.matches.push(RECONSTRUCTION_MATCH);
      }
    },
  },
  webExt: { disabled: true },
  zip: {
    excludeSources: ['tests/**', 'demo-output/**', 'bench-output/**', '**/*.log', '.vitest-report.json'],
  },
  // Rolldown writes Dexie's "\uffff" literally; Chromium then refuses the content script.
  vite: () => ({ build: { rolldownOptions: { output: { charset: 'ascii' } } } }),
});
