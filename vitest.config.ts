import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects, so that each file pays only for what it uses (docs/architecture.md, « Tests »):
// - `logic`: the `.test.ts` files run in plain Node (no DOM to build per file). A file that needs a
//   document says so on its first line: `// @vitest-environment happy-dom`.
// - `views`: the React `.test.tsx` files, in happy-dom with Testing Library (tests/setup.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    restoreMocks: true,
    testTimeout: 60_000, // CLI tests spawn tsx, slow on a loaded 2-core machine
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'views',
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
          include: ['tests/unit/**/*.test.tsx'],
        },
      },
    ],
  },
});
