// axe-core run in a page of the built extension, for the tests that check a surface is accessible.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every axe violation on the page, one line per element: rule, impact, element, what is wrong. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages allow no inline script (script-src 'self'), so page.addScriptTag({ content })
  // is refused; evaluated through the DevTools protocol, the same source is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const { axe: engine } = window as unknown as { axe: typeof import('axe-core') };
    const results = await engine.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary ?? '' })),
    }));
  }, WCAG_TAGS);
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}: ${violation.help}) at ${node.target}: ${node.summary.replace(/\s+/g, ' ')}`),
  );
}
