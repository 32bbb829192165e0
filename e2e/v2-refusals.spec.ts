// v2 refusals that carry no `invalid_fields` list: only a code and a message (said above the form, in
// the person's language where the code is known), or a param-like field (said at that field).
import type { Page } from '@playwright/test';
import { openPersonForm, recordEvents, recordedEvents, screenshotDirectory } from './pages/person-form.helpers';
import type { StripeErrorBody } from './support/emulator-admin';
import { expect, expectNoAxeViolations, test, type EmulatorAdmin } from './support/fixtures';

const ACCOUNT = 'acct_1RefusalTest000';
const PATH = `/v2/core/accounts/${ACCOUNT}/person_tokens`;
const prefill = { given_name: 'Jenny', surname: 'Rosen', email: 'jenny@example.com' };

async function openFilled(page: Page, emulator: EmulatorAdmin, locale: 'en' | 'ja'): Promise<void> {
  await openPersonForm(page, emulator, {
    'api-version': 'v2',
    account: ACCOUNT,
    country: 'US',
    locale,
    requirements: 'first_name last_name email',
  });
  await recordEvents(page);
  await page.locator('person-token-form').evaluate((element, values) => {
    (element as HTMLElement & { prefill: Record<string, string> }).prefill = values;
  }, prefill);
}

async function refuseNext(emulator: EmulatorAdmin, error: StripeErrorBody): Promise<void> {
  await emulator.injectFault({ path: PATH, fault: { type: 'error', status: 400, error } });
}

const registrationRequired = {
  type: 'invalid_request_error',
  code: 'platform_registration_required',
  message: 'Platform has not signed up for Connect and cannot create connected accounts.',
};

test.describe('v2 refusals without invalid_fields', () => {
  for (const { locale, submit, expected } of [
    {
      locale: 'en',
      submit: 'Submit',
      expected: 'This service’s Stripe account is not set up to take these details yet.',
    },
    {
      locale: 'ja',
      submit: '送信',
      expected: 'このサービスの Stripe アカウントは、まだこの情報を受け付ける設定になっていません。',
    },
  ] as const) {
    test(`a code and a message only: said above the form in the person’s words, every value kept (${locale})`, async ({
      page,
      emulator,
    }) => {
      await openFilled(page, emulator, locale);
      await refuseNext(emulator, registrationRequired);
      await page.getByRole('button', { name: submit }).click();

      const alert = page.getByRole('alert');
      await expect(alert).toContainText(expected);
      // No field is marked: Stripe named none.
      await expect(page.locator('person-token-form').locator('[aria-invalid="true"]')).toHaveCount(0);
      // Every value kept, whichever name comes first in the person's language.
      await expect(page.locator('person-token-form').locator('input[autocomplete="given-name"]')).toHaveValue('Jenny');
      await expect(page.locator('person-token-form').locator('input[autocomplete="family-name"]')).toHaveValue(
        prefill.surname,
      );
      await expectNoAxeViolations(page);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({
          path: `${screenshotDirectory}/person-v2-refusal-${locale}-${width}.png`,
          fullPage: true,
        });
      }

      const failure = (await recordedEvents(page)).find((event) => event.type === 'token-error');
      expect(failure?.detail).toEqual({
        error: {
          type: 'invalid_request_error',
          code: 'platform_registration_required',
          message: 'Stripe refused the request (invalid_request_error / platform_registration_required, HTTP 400).',
          status: 400,
          requestId: expect.stringMatching(/^req_/) as unknown,
          retryable: false,
        },
      });
    });
  }

  test('an unknown code: Stripe’s own message, quoted above the form', async ({ page, emulator }) => {
    await openFilled(page, emulator, 'en');
    await refuseNext(emulator, { type: 'invalid_request_error', code: 'brand_new_rule', message: 'A brand new rule.' });
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert')).toContainText('Stripe said: “A brand new rule.”');
  });

  for (const { locale, submit, status, shown } of [
    {
      locale: 'en',
      submit: 'Submit',
      status: 'Stripe could not accept 1 field',
      shown: 'This email address cannot be used.',
    },
    {
      locale: 'ja',
      submit: '送信',
      status: '1 件の項目が受け付けられませんでした',
      shown: 'この内容は受け付けられませんでした（This email address cannot be used.）。',
    },
  ] as const) {
    test(`a param-like field: said at that field, which gets focus (${locale})`, async ({ page, emulator }) => {
      await openFilled(page, emulator, locale);
      await refuseNext(emulator, {
        type: 'invalid_request_error',
        code: 'invalid_value',
        message: 'This email address cannot be used.',
        invalid_param: 'email',
      });
      await page.getByRole('button', { name: submit }).click();

      const form = page.locator('person-token-form');
      const email = form.locator('input[name="email"]');
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toBeFocused();
      const errorId = await email.getAttribute('aria-describedby');
      await expect(form.locator(`#${errorId ?? 'missing'}`)).toHaveText(shown);
      await expect(page.getByRole('status').filter({ hasText: status })).toBeVisible();
      // Said at the field, so nothing more above the form.
      await expect(page.getByRole('alert')).toHaveCount(0);
      await page.setViewportSize({ width: 375, height: 900 });
      await page.screenshot({
        path: `${screenshotDirectory}/person-v2-refusal-field-${locale}-375.png`,
        fullPage: true,
      });

      const failure = (await recordedEvents(page)).find((event) => event.type === 'token-error');
      expect(failure?.detail).toMatchObject({ error: { code: 'invalid_value', param: 'email', fieldName: 'email' } });
    });
  }
});
