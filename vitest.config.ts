import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Five projects, so that each file pays only for what it uses (docs/architecture.md, « Tests »). Files that share
// a module graph (isolate: false) load their modules once, not once per file, and share one environment:
// - `logic`: the `.test.ts` files of plain logic, in Node, one module graph for all of them;
// - `dom`: the `.test.ts` files that need a document (first line `// @vitest-environment happy-dom`), one module
//   graph and one happy-dom window for all of them (each loads the page it reads);
// - `views`: the React `.test.tsx` files, in happy-dom with Testing Library (tests/setup.ts), one module graph and
//   one window for all of them (Testing Library unmounts what a test rendered);
// - `isolated` and `views-isolated`: the files that mock modules or globals (`vi.mock`, `vi.stubGlobal`…), each
//   with a module graph of its own, so that a mock never reaches another file. The config finds them by reading
//   the files.
const root = fileURLToPath(new URL('.', import.meta.url));
const testFiles = (suffix: string) =>
  readdirSync(join(root, 'tests/unit'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => join('tests/unit', f));
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const mocks = (file: string) =>
  /\bvi\.(mock|doMock|unmock|resetModules|stubGlobal|stubEnv)\(/.test(read(file));
const needsDocument = (file: string) => read(file).startsWith('// @vitest-environment happy-dom');
const logicFiles = testFiles('.test.ts');
const viewFiles = testFiles('.test.tsx');
const isolatedFiles = logicFiles.filter(mocks);
const documentFiles = logicFiles.filter((f) => needsDocument(f) && !mocks(f));
const isolatedViewFiles = viewFiles.filter(mocks);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    restoreMocks: true,
    testTimeout: 60_000, // CLI tests spawn Node, slow on a loaded 2-core machine
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          isolate: false,
          setupFiles: ['fake-indexeddb/auto'],
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...isolatedFiles, ...documentFiles],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          isolate: false,
          setupFiles: ['fake-indexeddb/auto', './tests/fresh-page.ts'],
          include: documentFiles,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          pool: 'threads', // a worker thread per file starts for less CPU than a process (41 s → 29 s here)
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          include: isolatedFiles,
        },
      },
      {
        extends: true,
        test: {
          name: 'views',
          environment: 'happy-dom',
          isolate: false,
          setupFiles: ['fake-indexeddb/auto', './tests/fresh-page.ts', './tests/setup.ts'],
          include: ['tests/unit/**/*.test.tsx'],
          exclude: isolatedViewFiles,
        },
      },
      {
        extends: true,
        test: {
          name: 'views-isolated',
          pool: 'threads',
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
          include: isolatedViewFiles,
        },
      },
    ],
  },
});
