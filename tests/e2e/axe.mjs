// axe-core in a page of the e2e tests: WCAG A/AA and best practices.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Violations of the page, or of the element `include` selects, as `rule: targets`. */
export async function axeViolations(page, include = null) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (inc) =>
      // axe is injected as a global by the evaluate above.
      window.axe.run(inc ? { include: [[inc]] } : document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
      }),
    include,
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}
