// The Content-Security-Policy the README documents for a host page, read from the README itself so the
// browser tests serve exactly what integrators are told to send, and the violations a page reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const readmePath = join(import.meta.dirname, '..', '..', 'README.md');

/** A policy as directive name → sources, in the order written. */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** The policy in README's `csp:start` / `csp:end` block (one directive a line, `;`-terminated). */
export function documentedPolicy(readme = readFileSync(readmePath, 'utf8')): Policy {
  const start = readme.indexOf('<!-- csp:start -->');
  const end = readme.indexOf('<!-- csp:end -->', start);
  const block = start < 0 || end < 0 ? undefined : /```text\n([^`]*)```/.exec(readme.slice(start, end))?.[1];
  if (block === undefined)
    throw new Error('README.md has no ```text block between <!-- csp:start --> and <!-- csp:end -->');
  const directives = new Map<string, string[]>();
  for (const directive of block.replace(/^Content-Security-Policy:/, '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/** The policy with `sources` added to one directive (the emulator's origin where Stripe's are listed). */
export function withSources(policy: Policy, directive: string, sources: readonly string[]): Policy {
  const next = new Map(policy);
  next.set(directive, [...(policy.get(directive) ?? []), ...sources]);
  return next;
}

export function withoutDirective(policy: Policy, directive: string): Policy {
  const next = new Map(policy);
  next.delete(directive);
  return next;
}

/** The policy as a header value. */
export function policyHeader(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One `securitypolicyviolation` event, as the page saw it. */
export interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
  readonly disposition: string;
}

/** Records every `securitypolicyviolation` of the page's documents from their first script on. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, 'cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        disposition: event.disposition,
      });
    });
  });
}

export function recordedViolations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
}
