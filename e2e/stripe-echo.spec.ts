// Stripe's error messages may repeat what was typed ("Invalid email address: …"). The form may show them
// to the person at their fields, but they never reach the page around it: not an event, an attribute,
// the URL, storage, cookies, the console, nor the host form's submitted data.
import type { Locator, Page } from '@playwright/test';
import { buildJpeg } from '../src/documents/test-support/fixtures';
import { chooseFiles, emulatorFiles } from './pages/documents-test-support';
import { openPersonForm } from './pages/person-form.helpers';
import { expect, test, type EmulatorAdmin } from './support/fixtures';
import type { StripeErrorBody } from './support/emulator-admin';
import { expectNoneOutside, readOutside, watchOutside } from './support/outside-channels';

const ACCOUNT = 'acct_1EchoTest000000';

/** A value the person types, and how Stripe would name it and repeat it. */
interface TypedValue {
  readonly label: string | RegExp;
  readonly typed: string;
  /** The value as the request carries it, when the form normalises it. */
  readonly sent?: string;
  readonly v1: string;
  readonly v2: string;
  /** Stripe's message, repeating the value. */
  readonly echo: string;
}

interface Person {
  readonly name: string;
  readonly country: string;
  readonly locale: 'en' | 'ja';
  readonly requirements: string;
  readonly values: readonly TypedValue[];
  /** Fields the form asks for that no echo is about; filled so the form can be sent. */
  readonly fill?: (form: Locator, version: 'v1' | 'v2') => Promise<void>;
  readonly document?: { readonly label: string; readonly v1: string; readonly v2: string };
  /** A message about the whole request, repeating several values. */
  readonly generalEcho: string;
}

const US_PERSON: Person = {
  name: 'a US person',
  country: 'US',
  locale: 'en',
  requirements: 'first_name last_name email phone dob address id_number verification.document.front',
  values: [
    {
      label: 'First name',
      typed: 'Zéphyrine',
      v1: 'person[first_name]',
      v2: 'given_name',
      echo: 'Invalid first_name: Zéphyrine',
    },
    {
      label: 'Last name',
      typed: 'Quillfeatherby',
      v1: 'person[last_name]',
      v2: 'surname',
      echo: "The name 'Quillfeatherby' is not allowed.",
    },
    {
      label: 'Email',
      typed: 'zq.echo.7731@example.com',
      v1: 'person[email]',
      v2: 'email',
      echo: 'Invalid email address: zq.echo.7731@example.com',
    },
    {
      label: 'Phone number',
      typed: '+1 541 754 3010',
      sent: '+15417543010',
      v1: 'person[phone]',
      v2: 'phone',
      echo: 'Invalid phone number: +15417543010',
    },
    {
      label: 'Year',
      typed: '1987',
      v1: 'person[dob][year]',
      v2: 'date_of_birth.year',
      echo: 'Invalid date of birth: 1987-03-29 is not an accepted date.',
    },
    {
      label: 'Address line 1',
      typed: '4417 Wrenfield Crossing',
      v1: 'person[address][line1]',
      v2: 'address.line1',
      echo: "The address line1 '4417 Wrenfield Crossing' could not be verified.",
    },
    {
      // "ID number (Social Security number)" in v1, where the type is chosen apart.
      label: /^ID number/,
      typed: '512-44-8231',
      sent: '512448231',
      v1: 'person[id_number]',
      v2: 'id_numbers[0].value',
      echo: 'Invalid id_number: 512-44-8231 (512448231) is not a valid SSN.',
    },
  ],
  fill: async (form, version) => {
    // v2 lists id numbers with their type; v1 knows a US person's is an SSN.
    if (version === 'v2') await form.getByLabel('ID type', { exact: true }).selectOption('us_ssn');
    await form.getByLabel('Month').fill('3');
    await form.getByLabel('Day').fill('29');
    await form.getByLabel('City').fill('Portland');
    await form.getByLabel('State').selectOption('OR');
    await form.getByLabel('ZIP code').fill('97201');
  },
  document: {
    label: 'Identity document (front)',
    v1: 'person[verification][document][front]',
    v2: 'documents.primary_verification.front_back.front',
  },
  generalEcho: 'This person could not be verified: Zéphyrine Quillfeatherby, 512-44-8231, zq.echo.7731@example.com.',
};

const JAPANESE_PERSON: Person = {
  name: 'a Japanese person',
  country: 'JP',
  locale: 'ja',
  requirements: 'first_name_kana last_name_kana first_name_kanji last_name_kanji',
  values: [
    {
      label: '姓（漢字）',
      typed: '鷲羽',
      v1: 'person[last_name_kanji]',
      v2: 'script_names.kanji.surname',
      echo: 'Invalid last_name_kanji: 鷲羽',
    },
    {
      label: '名（漢字）',
      typed: '雫玖',
      v1: 'person[first_name_kanji]',
      v2: 'script_names.kanji.given_name',
      echo: "The name '雫玖' is not allowed.",
    },
    {
      label: '姓（カナ）',
      typed: 'ワシュウ',
      v1: 'person[last_name_kana]',
      v2: 'script_names.kana.surname',
      echo: 'Invalid last_name_kana: ワシュウ',
    },
    {
      label: '名（カナ）',
      typed: 'シズクノ',
      v1: 'person[first_name_kana]',
      v2: 'script_names.kana.given_name',
      echo: "The name 'シズクノ' does not match the Kanji name.",
    },
  ],
  generalEcho: 'This person could not be verified: 鷲羽 雫玖 (ワシュウ シズクノ).',
};

const photo = { name: 'my-passport.jpg', mimeType: 'image/jpeg', bytes: buildJpeg({ width: 64, height: 40 }) };

function field(form: Locator, label: string | RegExp): Locator {
  return form.getByLabel(label, { exact: true });
}

/** The error shown under a field: the element named by its `aria-describedby`. */
async function expectShownAt(form: Locator, control: Locator, message: string): Promise<void> {
  await expect(control).toHaveAttribute('aria-describedby', /\S/);
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  const described = form.locator(ids.map((id) => `[id="${id}"]`).join(', '));
  await expect(described.filter({ hasText: message })).toHaveCount(1);
}

async function uploadDocument(form: Locator, emulator: EmulatorAdmin): Promise<string> {
  const before = (await emulatorFiles(emulator)).length;
  await chooseFiles(form.locator('token-document-upload').first(), photo);
  await expect.poll(async () => (await emulatorFiles(emulator)).length).toBe(before + 1);
  const id = (await emulatorFiles(emulator)).at(-1)?.id;
  if (!id) throw new Error('The upload made no file');
  await expect(form.locator('token-document-upload').first()).toContainText(/Uploaded/);
  return id;
}

function tokenErrors(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { heardEvents: { type: string }[] }).heardEvents.filter(
        (event) => event.type === 'token-error',
      ).length,
  );
}

async function saveAndExpectRefusal(page: Page, refusals: number): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => tokenErrors(page)).toBe(refusals);
}

/** The person corrects a field: the same value typed again clears Stripe's message. */
async function retype(form: Locator, value: TypedValue): Promise<void> {
  await field(form, value.label).fill('');
  await field(form, value.label).fill(value.typed);
}

/** Stripe's v1 names one parameter per answer: the general refusal first, then one field at a time. */
async function refuseOneAtATime(
  page: Page,
  form: Locator,
  emulator: EmulatorAdmin,
  person: Person,
  fileEcho: string | null,
): Promise<void> {
  const refusals: StripeErrorBody[] = [
    { type: 'invalid_request_error', message: person.generalEcho },
    ...person.values.map((value) => ({
      type: 'invalid_request_error',
      code: 'parameter_invalid',
      param: value.v1,
      message: value.echo,
    })),
    ...(fileEcho && person.document
      ? [{ type: 'invalid_request_error', code: 'resource_missing', param: person.document.v1, message: fileEcho }]
      : []),
  ];
  for (const error of refusals) {
    await emulator.injectFault({ path: '/v1/tokens', fault: { type: 'error', status: 400, error } });
  }
  await saveAndExpectRefusal(page, 1);
  await expect(form.locator('[part="banner"]')).toContainText(person.generalEcho);
  await page.screenshot({ path: `screenshots/stripe-echo-v1-${person.country}-banner.png`, fullPage: true });
  for (const [index, value] of person.values.entries()) {
    await saveAndExpectRefusal(page, index + 2);
    await expectShownAt(form, field(form, value.label), value.echo);
    await retype(form, value);
  }
  if (fileEcho) {
    await saveAndExpectRefusal(page, person.values.length + 2);
    await expectShownAt(form, form.locator('token-document-upload').first(), fileEcho);
  }
}

/** v2 lists every field at once, under a message of its own that repeats them. */
async function refuseAllAtOnce(
  page: Page,
  form: Locator,
  emulator: EmulatorAdmin,
  person: Person,
  fileEcho: string | null,
): Promise<void> {
  await emulator.injectFault({
    path: `/v2/core/accounts/${ACCOUNT}/person_tokens`,
    fault: {
      type: 'error',
      status: 400,
      error: {
        type: 'invalid_request_error',
        code: 'invalid_fields',
        message: person.generalEcho,
        invalid_fields: [
          ...person.values.map((value) => ({ path: value.v2, code: 'invalid_value', message: value.echo })),
          ...(fileEcho && person.document
            ? [{ path: person.document.v2, code: 'invalid_value', message: fileEcho }]
            : []),
        ],
      },
    },
  });
  await saveAndExpectRefusal(page, 1);
  for (const value of person.values) await expectShownAt(form, field(form, value.label), value.echo);
  if (fileEcho) await expectShownAt(form, form.locator('token-document-upload').first(), fileEcho);
  await page.screenshot({ path: `screenshots/stripe-echo-v2-${person.country}.png`, fullPage: true });
  for (const value of person.values) await retype(form, value);
}

for (const version of ['v1', 'v2'] as const) {
  for (const person of [US_PERSON, JAPANESE_PERSON]) {
    test(`${version}, ${person.name}: Stripe's messages repeating what was typed are shown at their fields and go nowhere else`, async ({
      page,
      context,
      emulator,
    }) => {
      const watch = await watchOutside(page);
      await openPersonForm(page, emulator, {
        'api-version': version,
        account: ACCOUNT,
        country: person.country,
        locale: person.locale,
        requirements: person.requirements,
        'host-form': '1',
      });
      const form = page.locator('person-token-form');
      for (const value of person.values) await field(form, value.label).fill(value.typed);
      await person.fill?.(form, version);
      const fileIds: string[] = [];
      if (person.document) fileIds.push(await uploadDocument(form, emulator));
      const fileEcho = fileIds[0] ? `No such file upload: '${fileIds[0]}'` : null;

      const echoes = [...person.values.map((value) => value.echo), ...(fileEcho ? [fileEcho] : []), person.generalEcho];
      if (version === 'v1') await refuseOneAtATime(page, form, emulator, person, fileEcho);
      else await refuseAllAtOnce(page, form, emulator, person, fileEcho);

      const needles = [
        ...echoes,
        ...person.values.flatMap((value) => [value.typed, ...(value.sent ? [value.sent] : [])]),
        ...fileIds,
        // Shorter than four characters, a value could turn up by chance (a digit in an id).
      ].filter((needle) => needle.length >= 4);
      expectNoneOutside(await readOutside(page, context, watch, form), needles);

      // Corrected, the form is sent: the host form then carries the token id and nothing else.
      if (person.document) fileIds.push(await uploadDocument(form, emulator));
      const posted: string[] = [];
      await page.route('**/e2e/pages/received', async (route) => {
        posted.push(route.request().postData() ?? '');
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Received</title>' });
      });
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page).toHaveTitle('Received');
      const entries = [...new URLSearchParams(posted[0]).entries()];
      expect(entries.map(([name]) => name)).toEqual(['person_token']);
      expect(entries[0]?.[1]).toMatch(version === 'v1' ? /^cpt_/ : /^perstok_/);
      expectNoneOutside(
        {
          posted,
          url: page.url(),
          cookies: await context.cookies(),
          storage: await page.evaluate(() => ({ ...localStorage, ...sessionStorage })),
          console: watch.console,
          requestUrls: watch.requests,
        },
        [...needles, ...fileIds],
      );
      // What was typed went where it belongs: into the token.
      const [token] = await emulator.tokens();
      expect(JSON.stringify(token?.params)).toContain(person.values[0]?.typed);
    });
  }
}
