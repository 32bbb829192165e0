// A keystroke re-renders its own field, not the form: the field it changed (and what truly depends on
// it) has its template evaluated again; every other field, its option lists and labels are left as
// they were. Counted through the renderers' test probe, which nothing listens to in production.
import type { Page } from '@playwright/test';
import type * as Probe from '../components/shared/renderers/render-probe';
import { expect, test } from './support/fixtures';
import { openPersonForm } from './pages/person-form.helpers';

const control = (page: Page, fieldId: string) =>
  page.locator(`person-token-form #field-${fieldId.replace(/[^\w-]/g, '-')}`);

/** Starts counting field template evaluations (the dev server serves the renderers' own module). */
async function listenToRenders(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const url = '/components/shared/renderers/render-probe.ts';
    const { renderProbe } = (await import(/* @vite-ignore */ url)) as typeof Probe;
    const rendered: string[] = [];
    (window as unknown as { rendered: string[] }).rendered = rendered;
    renderProbe.fieldRendered = (fieldId) => rendered.push(fieldId);
  });
}

/** The fields evaluated since the last call, once the form has settled (validation, updates). */
async function renderedSinceLastCall(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const element = document.querySelector('person-token-form') as HTMLElement & { updateComplete: Promise<boolean> };
    // Validation runs after the edit and may update the element again: wait until nothing is pending.
    for (let round = 0; round < 5; round += 1) {
      await element.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }
    const rendered = (window as unknown as { rendered: string[] }).rendered;
    return rendered.splice(0, rendered.length);
  });
}

test.describe('what a keystroke renders', () => {
  test('one keystroke in "First name" evaluates only the first name’s template', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'US' });
    await listenToRenders(page);
    const firstName = control(page, 'person.given_name');
    await renderedSinceLastCall(page);
    await firstName.focus();
    expect(await renderedSinceLastCall(page)).toEqual([]);

    await page.keyboard.type('J');
    expect(await renderedSinceLastCall(page)).toEqual(['person.given_name']);
    await page.keyboard.type('enny');
    expect(new Set(await renderedSinceLastCall(page))).toEqual(new Set(['person.given_name']));
    await expect(firstName).toHaveValue('Jenny');
  });

  test('leaving a field shows its message and renders that field alone', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'US', requirements: 'first_name email' });
    await listenToRenders(page);
    const email = control(page, 'person.email');
    await renderedSinceLastCall(page);
    await email.fill('jenny@');
    await renderedSinceLastCall(page);
    await email.blur();
    await expect(page.locator('person-token-form #field-person-email-error')).toBeVisible();
    expect(await renderedSinceLastCall(page)).toEqual(['person.email']);
  });

  test('a Kana keystroke renders the Kana field alone; its katakana suggestion follows', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'JP', locale: 'ja' });
    await listenToRenders(page);
    const kana = control(page, 'person.surname_kana');
    // Country names and calling codes arrive after first render: every field shows them.
    await renderedSinceLastCall(page);
    await kana.fill('やまだ');
    expect(new Set(await renderedSinceLastCall(page))).toEqual(new Set(['person.surname_kana']));
    await expect(page.getByRole('button', { name: /ヤマダ/ })).toBeVisible();
  });

  test('a new address country renders the fields that follow it, not the names above', async ({ page, emulator }) => {
    await openPersonForm(page, emulator, { country: 'US', requirements: 'first_name address' });
    await listenToRenders(page);
    const country = control(page, 'person.address.country');
    await renderedSinceLastCall(page);
    await country.fill('Canada');
    await page.getByRole('option', { name: 'Canada' }).click();
    const rendered = await renderedSinceLastCall(page);
    expect(rendered).toContain('person.address.state');
    expect(rendered).not.toContain('person.given_name');
  });

  test('a list of states is made once: a re-render of its field keeps its options; a new country brings its own', async ({
    page,
    emulator,
  }) => {
    await openPersonForm(page, emulator, { country: 'US', requirements: 'first_name address' });
    const state = control(page, 'person.address.state');
    await expect(state.locator('option[value="CA"]')).toHaveText('California');
    await state.evaluate((select) => {
      (window as unknown as { california?: Element | null }).california = select.querySelector('option[value="CA"]');
    });
    const sameCalifornia = () =>
      state.evaluate(
        (select) =>
          select.querySelector('option[value="CA"]') ===
          (window as unknown as { california?: Element | null }).california,
      );
    // Choosing a state renders the field again with a new value: the same options, one now chosen.
    await state.selectOption('CA');
    await control(page, 'person.address.city').fill('San Francisco');
    await expect(state).toHaveValue('CA');
    expect(await sameCalifornia()).toBe(true);
    await expect(state.locator('option:checked')).toHaveText('California');

    const country = control(page, 'person.address.country');
    await country.fill('Canada');
    await page.getByRole('option', { name: 'Canada' }).click();
    await expect(state.locator('option[value="BC"]')).toHaveText('British Columbia');
    await expect(state.locator('option[value="CA"]')).toHaveCount(0);
    await expect(state).toHaveValue('');
  });
});
