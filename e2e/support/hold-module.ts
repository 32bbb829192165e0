import type { Page } from '@playwright/test';

/** Holds every request for a module until the returned function is called: a part that is slow to arrive. */
export async function holdModule(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
