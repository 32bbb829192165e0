// The Content-Security-Policy the README documents, Trusted Types included, served with a plain page that
// hosts both elements from the script-tag build: a person fills a form, uploads a document and sees its
// preview, both forms make tokens against the emulator, and the page reports no violation at all.
import type { Locator, Page } from '@playwright/test';
import { buildJpeg } from '../src/documents/test-support/fixtures';
import { chooseFiles } from './pages/documents-test-support';
import {
  documentedPolicy,
  policyHeader,
  recordedViolations,
  recordViolations,
  withoutDirective,
  withSources,
  type Policy,
} from './support/csp';
import { expect, test } from './support/fixtures';
import { serveStaticSite, type SitePage, type StaticSite } from './support/static-site';

const KEY = 'pk_test_emulator0000demo';
const HOST_STYLES = 'body { font-family: serif; margin: 2rem; } h1 { font-size: 1.5rem; }';
/** What a page of the host's that also uses Lit does first: its own copy of lit-html makes its policy. */
const HOST_LIT_COPY = "trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });";

interface PageOptions {
  readonly emulatorUrl: string;
  /** The host's own stylesheet, from its origin. */
  readonly hostStylesheet: boolean;
  /** A script of the host's that makes a `lit-html` policy before the bundle loads. */
  readonly hostLit: boolean;
}

function hostPage({ emulatorUrl, hostStylesheet, hostLit }: PageOptions): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Onboarding</title>
    ${hostStylesheet ? '<link rel="stylesheet" href="/host.css" />' : ''}
    ${hostLit ? '<script src="/host-lit.js"></script>' : ''}
    <script type="module" src="/token-forms.js"></script>
  </head>
  <body>
    <h1>Onboarding</h1>
    <section aria-label="Representative">
      <person-token-form publishable-key="${KEY}" api-base="${emulatorUrl}" country="US"
        requirements="first_name last_name email phone dob address verification.document.front"></person-token-form>
    </section>
    <section aria-label="Business">
      <account-token-form publishable-key="${KEY}" api-base="${emulatorUrl}" country="GB" business-type="individual"
        requirements="individual.first_name individual.last_name individual.email tos_acceptance"></account-token-form>
    </section>
  </body>
</html>`;
}

interface Variant {
  readonly name: string;
  readonly policy: (documented: Policy) => Policy;
  readonly hostStylesheet: boolean;
  readonly hostLit: boolean;
  /** Whether an inline `<style>` is allowed: proof the policy in force is the one meant. */
  readonly inlineStyleAllowed: boolean;
}

const VARIANTS: readonly Variant[] = [
  {
    name: 'the documented policy',
    policy: (documented) => documented,
    hostStylesheet: true,
    hostLit: false,
    inlineStyleAllowed: false,
  },
  {
    name: "the documented policy with style-src 'unsafe-inline'",
    policy: (documented) => withSources(documented, 'style-src', ["'unsafe-inline'"]),
    hostStylesheet: true,
    hostLit: false,
    inlineStyleAllowed: true,
  },
  {
    // The elements' styles are constructable stylesheets, which style-src does not govern.
    name: "style-src 'none' (no style source at all)",
    policy: (documented) => withSources(withoutDirective(documented, 'style-src'), 'style-src', ["'none'"]),
    hostStylesheet: false,
    hostLit: false,
    inlineStyleAllowed: false,
  },
  {
    name: "the documented policy with 'allow-duplicates', on a page with its own copy of Lit",
    policy: (documented) => withSources(documented, 'trusted-types', ["'allow-duplicates'"]),
    hostStylesheet: true,
    hostLit: true,
    inlineStyleAllowed: false,
  },
];

let site: StaticSite | undefined;
let emulatorOrigin = '';

// In order, in one worker: the bundle is built once for all of them.
test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ workerEmulatorUrl, scriptTagBundle }) => {
  emulatorOrigin = new URL(workerEmulatorUrl).origin;
  // Stripe's hosts stay in the policy as documented; the tests' API is the emulator, on its own origin.
  const documented = withSources(documentedPolicy(), 'connect-src', [emulatorOrigin]);
  const pages: Record<string, SitePage> = {
    '/host.css': { body: HOST_STYLES, contentType: 'text/css' },
    '/host-lit.js': { body: HOST_LIT_COPY, contentType: 'text/javascript' },
    '/duplicate-policy/': {
      body: hostPage({ emulatorUrl: workerEmulatorUrl, hostStylesheet: true, hostLit: true }),
      policy: policyHeader(documented),
    },
  };
  VARIANTS.forEach((variant, index) => {
    pages[`/variant-${index}/`] = {
      body: hostPage({ emulatorUrl: workerEmulatorUrl, ...variant }),
      policy: policyHeader(variant.policy(documented)),
    };
  });
  // Pages in folders load the bundle by absolute path; the folder only tells the variants apart.
  site = await serveStaticSite(scriptTagBundle, pages);
});

test.afterAll(async () => {
  await site?.close();
});

function origin(): string {
  if (!site) throw new Error('The site is not being served');
  return site.origin;
}

/** Resolves with the next token id the element makes. */
function nextTokenId(form: Locator): Promise<string> {
  return form.evaluate(
    (element) =>
      new Promise<string>((resolve) =>
        element.addEventListener(
          'token-created',
          (event) => resolve((event as CustomEvent<{ token: { id: string } }>).detail.token.id),
          { once: true },
        ),
      ),
  );
}

/** How the element is styled: constructable stylesheets only, and they apply. */
function stylingOf(form: Locator): Promise<{ adopted: number; styleElements: number; display: string }> {
  return form.evaluate((element) => ({
    adopted: element.shadowRoot?.adoptedStyleSheets.length ?? 0,
    styleElements: element.shadowRoot?.querySelectorAll('style').length ?? -1,
    // `:host { display: block }` in the element's sheet; an unstyled custom element is inline.
    display: getComputedStyle(element).display,
  }));
}

async function fillPerson(page: Page, person: Locator): Promise<void> {
  await person.getByLabel('First name', { exact: true }).fill('Jenny');
  await person.getByLabel('Last name', { exact: true }).fill('Rosen');
  await person.getByLabel('Email').fill('jenny@example.com');
  await person.getByLabel('Phone number').fill('+1 415 555 0123');
  await person.getByLabel('Month').fill('3');
  await person.getByLabel('Day').fill('7');
  await person.getByLabel('Year').fill('1990');
  await person.getByLabel('Address line 1').fill('510 Townsend St');
  await person.getByLabel('City').fill('San Francisco');
  await person.getByLabel('State').selectOption('CA');
  await person.getByLabel('ZIP code').fill('94103');
  // The country list is a popup positioned by script (CSSOM, which style-src does not govern).
  const country = person.getByRole('combobox', { name: 'Country', exact: true });
  await country.fill('united states of');
  await expect(page.getByRole('listbox', { name: 'Country suggestions' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(country).toHaveValue('United States of America');
}

for (const [index, variant] of VARIANTS.entries()) {
  test(`both elements work under ${variant.name}, with no violation reported`, async ({
    page,
    emulator,
    consoleErrors,
  }) => {
    await recordViolations(page);
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const response = await page.goto(`${origin()}/variant-${index}/`);
    expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");

    const person = page.locator('person-token-form');
    const account = page.locator('account-token-form');
    await expect(person.getByLabel('First name', { exact: true })).toBeVisible();
    await expect(account.getByLabel('First name', { exact: true })).toBeVisible();
    for (const form of [person, account]) {
      expect(await stylingOf(form)).toEqual({ adopted: 1, styleElements: 0, display: 'block' });
    }

    await fillPerson(page, person);
    const upload = person.locator('token-document-upload').first();
    await chooseFiles(upload, {
      name: 'front.jpg',
      mimeType: 'image/jpeg',
      bytes: buildJpeg({ width: 320, height: 200 }),
    });
    const preview = upload.getByRole('img', { name: /^Preview/ });
    await expect(preview).toBeVisible();
    expect(await preview.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    expect(await stylingOf(upload)).toMatchObject({ styleElements: 0 });

    const personToken = nextTokenId(person);
    await person.getByRole('button', { name: 'Submit' }).click();
    const personTokenId = await personToken;
    expect(personTokenId).toMatch(/^cpt_/);
    const [file] = (await emulator.requests()).filter((request) => request.path === '/v1/files');
    expect(file?.status).toBe(200);
    expect((await emulator.token(personTokenId)).params).toMatchObject({
      first_name: 'Jenny',
      phone: '+14155550123',
      address: { line1: '510 Townsend St', country: 'US' },
      verification: { document: { front: expect.stringMatching(/^file_/) } },
    });

    await account.getByLabel('First name', { exact: true }).fill('Hanako');
    await account.getByLabel('Last name', { exact: true }).fill('Yamada');
    await account.getByLabel('Email').fill('hanako@example.com');
    await account.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    const accountToken = nextTokenId(account);
    await account.getByRole('button', { name: 'Submit' }).click();
    expect(await accountToken).toMatch(/^ct_/);
    await page.screenshot({ path: `screenshots/csp-trusted-types-${index}.png`, fullPage: true });

    // Nothing was refused: no violation event, no console error, no request outside the policy.
    expect(await recordedViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect([...origins].sort()).toEqual([emulatorOrigin, origin()].sort());

    // And the policy was in force: an HTML string sink is refused, and an inline style only where allowed.
    const innerHtmlRefused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>not trusted</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(innerHtmlRefused).toBe(true);
    const inlineStyleApplied = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'h1 { letter-spacing: 7px; }';
      document.head.append(style);
      return getComputedStyle(document.querySelector('h1')!).letterSpacing === '7px';
    });
    expect(inlineStyleApplied).toBe(variant.inlineStyleAllowed);
    await expect
      .poll(async () => (await recordedViolations(page)).map((violation) => violation.directive))
      .toEqual(['require-trusted-types-for', ...(variant.inlineStyleAllowed ? [] : ['style-src-elem'])]);
  });
}

test("a page with its own copy of Lit needs 'allow-duplicates': without it, the bundle's lit-html policy is refused", async ({
  page,
  consoleErrors,
}) => {
  await recordViolations(page);
  await page.goto(`${origin()}/duplicate-policy/`);
  await expect
    .poll(async () => (await recordedViolations(page)).map((violation) => violation.directive))
    .toEqual(['trusted-types']);
  expect(await page.evaluate(() => customElements.get('person-token-form') === undefined)).toBe(true);
  expect(consoleErrors.join('\n')).toMatch(/lit-html/);
});
