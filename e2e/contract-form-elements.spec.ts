// One contract, two elements, two modes: every test body here runs against <account-token-form> and
// <person-token-form>, each with its form in the page and in an isolation frame on another origin.
import type { FrameLocator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import {
  formUi,
  openAccountForm,
  type AccountFormOptions,
  type FormTag,
  type Isolation,
} from './pages/token-form.helpers';
import { recordEvents, recordedEvents } from './pages/person-form.helpers';
import { expectNoneOutside, readOutside, watchOutside } from './support/outside-channels';

/** Values no page, event or storage has any reason to contain. */
const CANARY = { given: 'Zephyrine', surname: 'Quillfeatherby', email: 'zq.canary.7731@example.com' } as const;

interface ElementUnderTest {
  readonly tag: FormTag;
  readonly defaultName: string;
  readonly tokenId: RegExp;
  readonly options: AccountFormOptions;
  /** Field id (or input name) of a choice the form does not check, so only Stripe can refuse it. */
  readonly uncheckedChoice: string;
  /** Stripe's `param` for that choice. */
  readonly uncheckedParam: string;
  /** What the person must do beyond the name and email (accept the terms, for an account). */
  readonly finish: (ui: Page | FrameLocator) => Promise<void>;
}

const ELEMENTS: readonly ElementUnderTest[] = [
  {
    tag: 'account-token-form',
    defaultName: 'account_token',
    tokenId: /^ct_/,
    options: {
      country: 'GB',
      'business-type': 'individual',
      requirements:
        'individual.first_name individual.last_name individual.email individual.political_exposure tos_acceptance',
    },
    uncheckedChoice: 'individual.political_exposure',
    uncheckedParam: 'account[individual][political_exposure]',
    finish: async (ui) => {
      await ui.getByRole('checkbox', { name: 'I have read and accept the terms of service.' }).check();
    },
  },
  {
    tag: 'person-token-form',
    defaultName: 'person_token',
    tokenId: /^cpt_/,
    options: {
      element: 'person-token-form',
      country: 'GB',
      requirements: 'first_name last_name email political_exposure',
    },
    uncheckedChoice: 'person.political_exposure',
    uncheckedParam: 'person[political_exposure]',
    finish: async () => {},
  },
];

async function fillValid(
  ui: Page | FrameLocator,
  element: ElementUnderTest,
  options = { keepChoice: false },
): Promise<void> {
  await ui.getByLabel('First name', { exact: true }).fill(CANARY.given);
  await ui.getByLabel('Last name', { exact: true }).fill(CANARY.surname);
  await ui.getByLabel('Email').fill(CANARY.email);
  if (!options.keepChoice) await ui.getByLabel('Politically exposed person').selectOption('none');
  await element.finish(ui);
}

const saved = (ui: Page | FrameLocator) => ui.getByRole('status').filter({ hasText: 'Your details were saved.' });

const MODES: readonly Isolation[] = ['none', 'frame'];

for (const [element, isolation] of ELEMENTS.flatMap((element) => MODES.map((mode) => [element, mode] as const))) {
  test.describe(`<${element.tag}> contract${isolation === 'frame' ? ' (isolation="frame")' : ''}`, () => {
    const form = (page: Page) => page.locator(element.tag);
    /** The form's own fields, buttons and status: in the page, or in the element's frame. */
    const ui = (page: Page) => formUi(page, isolation);
    const open = (page: Page, emulator: Parameters<typeof openAccountForm>[1], options: AccountFormOptions) =>
      openAccountForm(page, emulator, { ...options, isolation });

    test('reads its attributes into properties and never reflects data to attributes', async ({ page, emulator }) => {
      await open(page, emulator, { ...element.options, 'api-version': 'v1' });
      const properties = await form(page).evaluate((node) => {
        const host = node as HTMLElement & Record<string, unknown>;
        return { name: host.name, apiVersion: host.apiVersion, country: host.country, key: host.publishableKey };
      });
      expect(properties).toEqual({
        name: element.defaultName,
        apiVersion: 'v1',
        country: 'GB',
        key: expect.stringMatching(/^pk_test_/),
      });
      const attributesBefore = await form(page).evaluate((node) => node.getAttributeNames().sort());
      await form(page).evaluate((node, key) => {
        (node as HTMLElement & { prefill: Record<string, string> }).prefill = { [key]: 'none' };
      }, element.uncheckedChoice);
      await expect(ui(page).getByLabel('Politically exposed person')).toHaveValue('none');
      await ui(page).getByLabel('First name', { exact: true }).fill(CANARY.given);
      expect(await form(page).evaluate((node) => node.getAttributeNames().sort())).toEqual(attributesBefore);

      await form(page).evaluate((node) => void ((node as HTMLElement & { disabled: boolean }).disabled = true));
      await expect(form(page)).toHaveAttribute('disabled', '');
      await expect(ui(page).getByLabel('First name', { exact: true })).toBeDisabled();
    });

    test('fires its events with ids and validity only: typed values appear nowhere outside the form', async ({
      page,
      emulator,
      context,
    }) => {
      const watch = await watchOutside(page);
      await open(page, emulator, element.options);
      await recordEvents(page);
      await fillValid(ui(page), element);
      await ui(page).getByRole('button', { name: 'Submit' }).click();
      await expect(saved(ui(page))).toBeVisible();

      const events = await recordedEvents(page);
      expect(events.map((event) => event.type).filter((type) => type !== 'validity-change')).toEqual([
        'submit-start',
        'token-created',
      ]);
      expect(events.filter((event) => event.type === 'validity-change').at(-1)?.detail).toEqual({ valid: true });
      const created = events.find((event) => event.type === 'token-created')?.detail as { token: { id: string } };
      expect(created.token.id).toMatch(element.tokenId);
      expect(Object.keys(created.token).sort()).toEqual(['created', 'id', 'livemode', 'object', 'used']);

      const outside = { ...(await readOutside(page, context, watch, form(page))), recordedEvents: events };
      expectNoneOutside(outside, Object.values(CANARY));
      // The values did go where they belong: into the token.
      expect(JSON.stringify((await emulator.token(created.token.id)).params)).toContain(CANARY.surname);
    });

    test('inside a host form, submits the token id as its value, and resets with the form', async ({
      page,
      emulator,
    }) => {
      await open(page, emulator, { ...element.options, 'host-form': '1' });
      const posted: string[] = [];
      await page.route('**/e2e/pages/received', async (route) => {
        posted.push(route.request().postData() ?? '');
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Received</title>' });
      });
      await fillValid(ui(page), element);
      // Before the host form is sent, the element makes its token and becomes the form's value.
      await form(page).evaluate((node) => (node as HTMLElement & { submit(): Promise<unknown> }).submit());
      await expect(saved(ui(page))).toBeVisible();
      const value = await page.evaluate(
        (name) => new FormData(document.querySelector('form')!).get(name),
        element.defaultName,
      );
      expect(value).toMatch(element.tokenId);

      await page.getByRole('button', { name: 'Start over' }).click();
      await expect(ui(page).getByLabel('First name', { exact: true })).toHaveValue('');
      expect(
        await page.evaluate((name) => new FormData(document.querySelector('form')!).get(name), element.defaultName),
      ).toBeNull();
      expect(
        await form(page).evaluate((node) => (node as HTMLElement & { checkValidity(): boolean }).checkValidity()),
      ).toBe(false);

      await fillValid(ui(page), element);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page).toHaveTitle('Received');
      const entries = [...new URLSearchParams(posted[0]).entries()];
      expect(entries.map(([name]) => name)).toEqual([element.defaultName]);
      expect(entries[0]?.[1]).toMatch(element.tokenId);
    });

    test('sends only what it asks for now: a value typed before the requirements changed stays out', async ({
      page,
      emulator,
    }) => {
      await open(page, emulator, element.options);
      await recordEvents(page);
      await fillValid(ui(page), element);
      const withoutEmail = (element.options.requirements ?? '').replace(/(?<!\S)\S*email/, '');
      await form(page).evaluate((node, requirements) => node.setAttribute('requirements', requirements), withoutEmail);
      await expect(ui(page).getByLabel('Email')).toHaveCount(0);
      await ui(page).getByRole('button', { name: 'Submit' }).click();
      await expect(saved(ui(page))).toBeVisible();
      const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
      const id = (created?.detail as { token: { id: string } }).token.id;
      const sent = JSON.stringify((await emulator.token(id)).params);
      expect(sent).toContain(CANARY.surname);
      expect(sent).not.toContain(CANARY.email);
      expect(sent).not.toContain('address');
    });

    test('is disabled with its fieldset', async ({ page, emulator }) => {
      await open(page, emulator, { ...element.options, 'host-form': '1' });
      await page
        .locator('#host-fieldset')
        .evaluate((fieldset) => void ((fieldset as HTMLFieldSetElement).disabled = true));
      await expect(ui(page).getByLabel('First name', { exact: true })).toBeDisabled();
      await page
        .locator('#host-fieldset')
        .evaluate((fieldset) => void ((fieldset as HTMLFieldSetElement).disabled = false));
      await expect(ui(page).getByLabel('First name', { exact: true })).toBeEnabled();
    });

    test('checkValidity() only asks; validity-change says when the answer changes', async ({ page, emulator }) => {
      await open(page, emulator, element.options);
      await recordEvents(page);
      const check = () =>
        form(page).evaluate((node) => (node as HTMLElement & { checkValidity(): boolean }).checkValidity());
      expect(await check()).toBe(false);
      expect(await check()).toBe(false);
      await expect(ui(page).getByLabel('First name', { exact: true })).toHaveAttribute('aria-invalid', 'false');
      expect(await recordedEvents(page)).toEqual([]);

      await fillValid(ui(page), element);
      await expect.poll(check).toBe(true);
      const changes = (await recordedEvents(page)).filter((event) => event.type === 'validity-change');
      expect(changes.map((event) => event.detail)).toEqual([{ valid: true }]);
      await ui(page).getByLabel('First name', { exact: true }).fill('');
      await expect
        .poll(async () => (await recordedEvents(page)).filter((e) => e.type === 'validity-change').length)
        .toBe(2);
      expect((await recordedEvents(page)).at(-1)?.detail).toEqual({ valid: false });
    });

    test('shows a value Stripe refuses at its field, and says which parameter in token-error', async ({
      page,
      emulator,
    }) => {
      await open(page, emulator, element.options);
      await recordEvents(page);
      // A value only Stripe refuses: the platform prefilled a choice that does not exist.
      await form(page).evaluate((node, key) => {
        (node as HTMLElement & { prefill: Record<string, string> }).prefill = { [key]: 'unspecified' };
      }, element.uncheckedChoice);
      await fillValid(ui(page), element, { keepChoice: true });
      await ui(page).getByRole('button', { name: 'Submit' }).click();
      const choice = ui(page).getByLabel('Politically exposed person');
      await expect(choice).toHaveAttribute('aria-invalid', 'true');
      await expect(choice).toBeFocused();
      const failure = (await recordedEvents(page)).find((event) => event.type === 'token-error');
      expect(failure?.detail).toMatchObject({
        error: { type: 'invalid_request_error', param: element.uncheckedParam, status: 400, retryable: false },
      });
      expect(JSON.stringify(failure)).not.toContain(CANARY.surname);
      expect(JSON.stringify(failure)).not.toContain('unspecified');
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations, empty and with errors shown (${colorScheme})`, async ({ page, emulator }) => {
        await page.emulateMedia({ colorScheme });
        await open(page, emulator, element.options);
        await expectNoAxeViolations(page);
        await ui(page).getByRole('button', { name: 'Submit' }).click();
        await expect(ui(page).getByRole('status').filter({ hasText: 'need your attention' })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}
