// A host page's inherited text styles stop at the element: an ancestor with centred text, tall lines, a
// large font, wide spacing, no wrapping and right-to-left direction leaves every part of the form where it
// was. The font family and the colour scheme follow the page, as documented.
import type { Page } from '@playwright/test';
import { openPersonForm, screenshotDirectory } from './pages/person-form.helpers';
import { expect, test } from './support/fixtures';

const HOSTILE_ANCESTOR = `#standalone {
  text-align: center;
  line-height: 3;
  font-size: 20px;
  letter-spacing: 0.3em;
  word-spacing: 1em;
  white-space: nowrap;
  direction: rtl;
  text-transform: uppercase;
  text-indent: 3em;
}`;

/** Adds a host page style sheet through the CSSOM, which the test page's strict CSP allows. */
async function addPageStyles(page: Page, cssText: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, cssText);
}

type Box = [part: string, x: number, y: number, width: number, height: number];

/** Every part of the form, placed relative to the element. */
function layout(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const host = document.querySelector('person-token-form');
    if (!host?.shadowRoot) throw new Error('no person-token-form');
    const origin = host.getBoundingClientRect();
    return [...host.shadowRoot.querySelectorAll('[part]')].map((node): Box => {
      const box = node.getBoundingClientRect();
      return [
        node.getAttribute('part') ?? '',
        Math.round(box.x - origin.x),
        Math.round(box.y - origin.y),
        Math.round(box.width),
        Math.round(box.height),
      ];
    });
  });
}

for (const locale of ['en', 'ja'] as const) {
  for (const width of [375, 1280]) {
    test(`a host page's inherited text styles leave the form's layout intact (${locale}, ${width} px)`, async ({
      page,
      emulator,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await openPersonForm(page, emulator, {
        country: 'JP',
        locale,
        requirements: 'first_name_kana last_name_kana dob.day phone',
      });
      const before = await layout(page);
      expect(before.length).toBeGreaterThan(10);

      await addPageStyles(page, HOSTILE_ANCESTOR);
      await expect(page.locator('#standalone')).toHaveCSS('direction', 'rtl');
      expect(await layout(page)).toEqual(before);
      const label = page.locator('person-token-form').locator('[part~="label"]').first();
      await expect(label).toHaveCSS('text-align', 'start');
      await expect(label).toHaveCSS('direction', 'ltr');
      await expect(label).toHaveCSS('letter-spacing', 'normal');
      await page.screenshot({ path: `${screenshotDirectory}/host-styles-${locale}-${width}.png`, fullPage: true });
    });
  }
}

test('the font family and the colour scheme follow the page', async ({ page, emulator }) => {
  await openPersonForm(page, emulator, { requirements: 'first_name' });
  const input = page.locator('person-token-form').getByLabel('First name');
  await addPageStyles(page, '#standalone { font-family: Georgia, serif; }');
  await expect(input).toHaveCSS('font-family', 'Georgia, serif');
  // The page declares `color-scheme: light dark`: the form is dark where the system is.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(input).toHaveCSS('background-color', 'rgb(28, 31, 38)');
  // A page that declares only light keeps the form light, whatever the system prefers.
  await addPageStyles(page, ':root { color-scheme: light; }');
  await expect(input).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await addPageStyles(page, 'person-token-form { --token-form-font: monospace; }');
  await expect(input).toHaveCSS('font-family', 'monospace');
});
