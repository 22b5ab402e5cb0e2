import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects, so that each file pays only for what it uses (docs/architecture.md, « Tests »):
// - `logic`: the `.test.ts` files of plain logic, in Node, one module graph for all of them (isolate: false:
//   modules are loaded once, not once per file);
// - `isolated`: the `.test.ts` files that need a module graph of their own: those that need a document (first
//   line `// @vitest-environment happy-dom`) and those that mock modules (`vi.mock`…), found by reading them;
// - `views`: the React `.test.tsx` files, in happy-dom with Testing Library (tests/setup.ts), each isolated.
const root = fileURLToPath(new URL('.', import.meta.url));
const logicFiles = readdirSync(join(root, 'tests/unit'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('tests/unit', f));
const needsOwnModules = (file: string) => {
  const text = readFileSync(join(root, file), 'utf8');
  return (
    text.startsWith('// @vitest-environment happy-dom') ||
    /\bvi\.(mock|doMock|unmock|resetModules|stubGlobal)\(/.test(text)
  );
};
const isolatedFiles = logicFiles.filter(needsOwnModules);

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
          exclude: isolatedFiles,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
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
          setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
          include: ['tests/unit/**/*.test.tsx'],
        },
      },
    ],
  },
});
