// isolation="frame": what a hostile script on the host page can learn of the form (nothing it typed in
// the frame), who may talk to the frame, and who may embed it.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { recordEvents, recordedEvents } from './pages/person-form.helpers';
import { formUi, frameOrigin, frameUrl, openAccountForm, type Isolation } from './pages/token-form.helpers';

const SENTINEL = { given: 'Sentinelgiven', surname: 'Sentinelsurname', email: 'sentinel.4471@example.com' } as const;

const PERSON = { element: 'person-token-form', country: 'GB', requirements: 'first_name last_name email' } as const;

/**
 * A script a compromised dependency could run on the host page from its first moment: it walks every
 * shadow root and reads every input, listens to key and input events on document and window, observes
 * mutations everywhere it can reach, and patches fetch and XMLHttpRequest.
 */
async function installSpy(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, 'spySeen', { value: seen });
    const record = (value: unknown): void => void seen.push(typeof value === 'string' ? value : JSON.stringify(value));
    for (const target of [window, document]) {
      for (const type of ['keydown', 'keyup', 'keypress', 'input', 'change', 'beforeinput', 'paste']) {
        target.addEventListener(
          type,
          (event) => {
            const keyboard = event as KeyboardEvent;
            record(`${type}:${keyboard.key ?? ''}`);
            const origin = event.composedPath()[0];
            if (origin instanceof HTMLInputElement) record(origin.value);
          },
          { capture: true },
        );
      }
    }
    const observeRoot = (root: Node): void => {
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          record(mutation.target.textContent ?? '');
          if (mutation.target instanceof Element) record(mutation.target.outerHTML);
        }
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    };
    observeRoot(document);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
    const originalAttachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = originalAttachShadow.call(this, init);
      observeRoot(root);
      return root;
    };
    const originalFetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      record(String(input instanceof Request ? input.url : input));
      record(init?.body ?? '');
      return originalFetch(input, init);
    };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own `this`
    const originalSend = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (body) {
      record(body ?? '');
      originalSend.call(this, body);
    };
    const walk = (root: Document | ShadowRoot): void => {
      for (const node of root.querySelectorAll('*')) {
        if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement) record(node.value);
        if (node.shadowRoot) walk(node.shadowRoot);
        // A cross-origin frame's document is out of reach: `contentDocument` is null.
        if (node instanceof HTMLIFrameElement && node.contentDocument) walk(node.contentDocument);
      }
    };
    Object.defineProperty(window, 'spyWalk', { value: () => walk(document) });
    setInterval(() => walk(document), 50);
  });
}

/** The share of pixels that differ visibly (any channel by more than 48 of 255) between two PNGs. */
async function differingPixels(page: Page, first: string, second: string): Promise<number> {
  await page.goto('about:blank');
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (source: string) => {
        const image = await createImageBitmap(await (await fetch(source)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context?.drawImage(image, 0, 0);
        return context?.getImageData(0, 0, image.width, image.height);
      };
      const [left, right] = [await pixels(a), await pixels(b)];
      if (!left || !right || left.width !== right.width || left.height !== right.height) return 1;
      let differing = 0;
      for (let index = 0; index < left.data.length; index += 4) {
        for (let channel = 0; channel < 3; channel += 1) {
          if (Math.abs((left.data[index + channel] ?? 0) - (right.data[index + channel] ?? 0)) > 48) {
            differing += 1;
            break;
          }
        }
      }
      return differing / (left.width * left.height);
    },
    [first, second] as const,
  );
}

const spySeen = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    (window as unknown as { spyWalk: () => void }).spyWalk();
    return (window as unknown as { spySeen: string[] }).spySeen;
  });

for (const isolation of ['frame', 'none'] as const satisfies readonly Isolation[]) {
  test(`a hostile script on the host page ${isolation === 'frame' ? 'sees nothing typed in the frame' : 'sees what is typed in the page (control)'}`, async ({
    page,
    emulator,
  }) => {
    await installSpy(page);
    await openAccountForm(page, emulator, { ...PERSON, isolation });
    await recordEvents(page);
    const ui = formUi(page, isolation);
    await ui.getByLabel('First name', { exact: true }).pressSequentially(SENTINEL.given);
    await ui.getByLabel('Last name', { exact: true }).fill(SENTINEL.surname);
    await ui.getByLabel('Email').fill(SENTINEL.email);
    await ui.getByRole('button', { name: 'Submit' }).click();
    await expect(ui.getByRole('status').filter({ hasText: 'Your details were saved.' })).toBeVisible();
    const created = (await recordedEvents(page)).find((event) => event.type === 'token-created');
    expect((created?.detail as { token: { id: string } }).token.id).toMatch(/^cpt_/);

    const seen = (await spySeen(page)).join('\n');
    for (const value of Object.values(SENTINEL)) {
      if (isolation === 'frame') expect(seen, `"${value}" reached the host page`).not.toContain(value);
      else expect(seen, `the control spy missed "${value}"`).toContain(value);
    }
    if (isolation === 'frame') expect(seen).not.toContain('keydown:S');
  });
}

test('ignores messages from other windows and origins, on both sides', async ({ page, emulator }) => {
  await openAccountForm(page, emulator, { ...PERSON, isolation: 'frame' });
  await recordEvents(page);
  const frame = page.frames().find((candidate) => candidate.url().startsWith(frameOrigin));
  if (!frame) throw new Error('no frame on the frame origin');

  // The frame's own window posts a forged token to the host page: the element does not hear it.
  await frame.evaluate(() => {
    const forged = {
      type: 'token-created',
      token: { id: 'cpt_forged', object: 'token', livemode: false, created: 1, used: false },
    };
    window.parent.postMessage(forged, '*');
    window.parent.postMessage({ protocol: 'token-forms/frame@1', type: 'connected' }, '*');
  });
  // A script in the frame's origin (not an allowed parent, and not the parent window) offers a channel
  // of its own: the frame page does not answer on it.
  const answered = await frame.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(true);
        window.postMessage({ protocol: 'token-forms/frame@1', type: 'connect', tag: 'person-token-form' }, '*', [
          channel.port2,
        ]);
        setTimeout(() => resolve(false), 500);
      }),
  );
  expect(answered).toBe(false);
  // The host page posts a forged configuration straight to the frame's window: nothing changes.
  await page.evaluate(
    (origin) =>
      document
        .querySelector('person-token-form')
        ?.shadowRoot?.querySelector('iframe')
        ?.contentWindow?.postMessage(
          { type: 'configure', configuration: { properties: { country: 'JP' }, appearance: {} } },
          origin,
        ),
    frameOrigin,
  );
  await page.waitForTimeout(300);
  expect(await recordedEvents(page)).toEqual([]);
  await expect(formUi(page, 'frame').getByLabel('First name', { exact: true })).toBeVisible();
  await expect(formUi(page, 'frame').getByLabel('Last name (katakana)')).toHaveCount(0);
  expect(
    await page
      .locator('person-token-form')
      .evaluate((node) => new FormData(node.closest('form') ?? undefined).get('person_token')),
  ).toBeNull();
});

test('the frame page refuses to load in a page outside its allow-list (frame-ancestors)', async ({
  page,
  emulator,
}) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('frame-ancestors')) blocked.push(message.text());
  });
  // The host page on the frame's own origin (localhost), which the allow-list does not name.
  const query = new URLSearchParams({
    'publishable-key': 'pk_test_emulator0000person',
    'api-base': emulator.url,
    ...PERSON,
    isolation: 'frame',
    'frame-url': frameUrl,
  });
  await page.goto(`${frameOrigin}/e2e/pages/token-form.html?${query.toString()}`);
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  await expect(formUi(page, 'frame').getByLabel('First name', { exact: true })).toHaveCount(0);
});

test('without the header, the frame page itself refuses a parent outside its allow-list', async ({
  page,
  emulator,
}) => {
  // As a static host that was not told to send frame-ancestors would serve it.
  await page.route(`${frameOrigin}/frame/index.html`, async (route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(
      Object.entries(response.headers()).filter(([name]) => name !== 'content-security-policy'),
    );
    await route.fulfill({ response, headers });
  });
  const query = new URLSearchParams({
    'publishable-key': 'pk_test_emulator0000person',
    'api-base': emulator.url,
    ...PERSON,
    isolation: 'frame',
    'frame-url': frameUrl,
  });
  await page.goto(`${frameOrigin}/e2e/pages/token-form.html?${query.toString()}`);
  const frame = formUi(page, 'frame');
  // The page loaded (its root is there) but it never connected, so no form was made.
  await expect(frame.locator('#frame-root')).toBeAttached();
  await page.waitForTimeout(500);
  await expect(frame.locator('person-token-form')).toHaveCount(0);
});

test('the frame has a title, fits its content and is in the tab order of the page', async ({ page, emulator }) => {
  await openAccountForm(page, emulator, { ...PERSON, isolation: 'frame', 'host-form': '1' });
  const iframe = page.locator('person-token-form iframe');
  await expect(iframe).toHaveAttribute('title', 'Personal details form');
  const frame = formUi(page, 'frame');
  // No inner scrollbar: the iframe is as tall as the page inside it, at both widths.
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await expect
      .poll(() =>
        frame.locator('html').evaluate((root) => root.scrollHeight <= innerHeight && root.scrollWidth <= innerWidth),
      )
      .toBe(true);
  }
  await page.locator('h1').click();
  await page.keyboard.press('Tab');
  await expect(frame.getByLabel('First name', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(frame.getByLabel('Last name', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(frame.getByLabel('Email')).toBeFocused();
  // Out of the frame to the host form's own button, and back in.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(frame.getByLabel('Email')).toBeFocused();
});

for (const lang of ['en', 'ja'] as const) {
  for (const width of [1280, 375]) {
    test(`looks the same in both modes (${lang}, ${width} px)`, async ({ page, emulator }) => {
      await page.setViewportSize({ width, height: 900 });
      const shots: Buffer[] = [];
      for (const isolation of ['none', 'frame'] as const) {
        await openAccountForm(page, emulator, { ...PERSON, locale: lang, lang, isolation });
        await formUi(page, isolation)
          .getByRole('button', { name: lang === 'ja' ? '送信' : 'Submit' })
          .click();
        await expect(formUi(page, isolation).locator('[part="error"]').first()).toBeVisible();
        await page.mouse.move(0, 0);
        await page.locator('h1').click();
        shots.push(
          await page.screenshot({ path: `screenshots/isolation-${isolation}-${lang}-${width}.png`, fullPage: true }),
        );
      }
      // The person cannot tell the modes apart: at most a few anti-aliased pixels differ.
      const [inPage, inFrame] = shots.map((shot) => `data:image/png;base64,${shot.toString('base64')}`);
      expect(await differingPixels(page, inPage ?? '', inFrame ?? '')).toBeLessThan(0.001);
    });
  }
}

test('the demo offers the mode: both forms run in frames on the second origin, in either language', async ({
  openDemo,
  consoleErrors,
}) => {
  // The demo's dev server builds the frame page on first use, beside the demo itself: slow on a shared machine.
  test.slow();
  const page = await openDemo();
  await page.locator('#settings').getByLabel('Isolation').selectOption('frame');
  for (const tag of ['account-token-form', 'person-token-form']) {
    await expect(page.locator(tag)).toHaveAttribute('frame-url', frameUrl);
    await expect(page.locator(`${tag} iframe[part="frame"]`)).toBeVisible();
  }
  const person = page.frameLocator('person-token-form iframe[part="frame"]');
  await expect(person.getByLabel('First name', { exact: true })).toBeVisible();
  for (const [width, lang] of [
    [1280, 'en'],
    [375, 'ja'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator('#settings').getByLabel('Language').selectOption(lang);
    await expect(person.getByRole('button', { name: lang === 'ja' ? '送信' : 'Submit' })).toBeVisible();
    // The frame takes its content's height once its page has measured itself.
    await expect
      .poll(() => page.locator('person-token-form iframe').evaluate((frame) => frame.getBoundingClientRect().height))
      .toBeGreaterThan(200);
    // One form at a time, scrolled into view: a frame out of the viewport is not painted for a full-page shot.
    await page.locator('person-token-form').screenshot({ path: `screenshots/demo-isolation-${lang}-${width}.png` });
  }
  expect(consoleErrors).toEqual([]);
});

/** Opens a framed person form on the test page without waiting for its ready event, which never comes here. */
async function openWithoutWaiting(page: Page, attributes: Record<string, string>): Promise<void> {
  const query = new URLSearchParams({
    'publishable-key': 'pk_test_emulator0000person',
    ...PERSON,
    isolation: 'frame',
    ...attributes,
  });
  await page.goto(`/e2e/pages/token-form.html?${query.toString()}`);
  await page.waitForFunction(() => customElements.get('person-token-form') !== undefined);
}

test('a frame page that never answers is said in the page, and submit() ends with a configuration error', async ({
  page,
  emulator,
}) => {
  // A frame-url that loads some page that is not the frame page: it never takes the port.
  await page.route(`${frameOrigin}/frame/index.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Not the frame page</title>' }),
  );
  await openWithoutWaiting(page, { 'api-base': emulator.url, 'frame-url': frameUrl });
  await recordEvents(page);
  const submitted = page
    .locator('person-token-form')
    .evaluate((node) => (node as unknown as { submit(): Promise<unknown> }).submit());
  await expect(page.locator('person-token-form').getByRole('alert')).toHaveText(
    'This form could not be loaded. Reload the page to try again; if it still does not appear, contact the site.',
    { timeout: 20_000 },
  );
  expect(await submitted).toBeNull();
  const errors = (await recordedEvents(page)).filter(({ type }) => type === 'token-error');
  expect(errors).toEqual([
    {
      type: 'token-error',
      detail: { error: expect.objectContaining({ type: 'configuration_error', code: 'frame_unavailable' }) },
    },
  ]);
  expect(JSON.stringify(errors)).toContain(frameOrigin);
  await expect(page.locator('person-token-form iframe')).toBeHidden();
  await page.locator('person-token-form').screenshot({ path: 'screenshots/isolation-frame-unavailable.png' });
  // Later submissions end at once with the same error, nothing waits.
  expect(
    await page
      .locator('person-token-form')
      .evaluate((node) => (node as unknown as { submit(): Promise<unknown> }).submit()),
  ).toBeNull();
});

test('without a frame-url the page says so in Japanese too, and nothing waits', async ({ page, emulator }) => {
  await openWithoutWaiting(page, { 'api-base': emulator.url, 'frame-url': '', locale: 'ja' });
  await expect(page.locator('person-token-form').getByRole('alert')).toHaveText(
    'フォームを読み込めませんでした。ページを再読み込みしてください。表示されない場合は、サイトの運営者にお問い合わせください。',
  );
  await recordEvents(page);
  expect(
    await page
      .locator('person-token-form')
      .evaluate((node) => (node as unknown as { submit(): Promise<unknown> }).submit()),
  ).toBeNull();
  expect((await recordedEvents(page)).map(({ type, detail }) => [type, JSON.stringify(detail)])).toEqual([
    ['token-error', expect.stringContaining('"code":"frame_unavailable"')],
  ]);
});
