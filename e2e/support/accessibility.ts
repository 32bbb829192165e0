// Accessibility check with axe-core: WCAG 2.1 A and AA rules, violations listed readably on failure.
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export interface AxeCheckOptions {
  /** Limit the check to part of the page, e.g. one form element. */
  include?: string;
  /** Rules to skip, each with a reason in the calling test. */
  disableRules?: string[];
}

export async function expectNoAxeViolations(page: Page, options: AxeCheckOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.include) builder = builder.include(options.include);
  if (options.disableRules) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
  );
  expect(summary, 'axe-core accessibility violations').toEqual([]);
}
