// What the document upload browser tests share: opening the test page, choosing files, reading the emulator.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { EmulatorAdmin } from '../support/fixtures';

export const screenshotDirectory = 'screenshots';
mkdirSync(screenshotDirectory, { recursive: true });

/** A file as the emulator's admin API describes it: metadata only, never bytes. */
export interface EmulatorFile {
  id: string;
  purpose: string;
  filename: string;
  mimeType: string;
  size: number;
  type: 'jpg' | 'png' | 'pdf';
}

export async function emulatorFiles(emulator: EmulatorAdmin): Promise<EmulatorFile[]> {
  const response = await fetch(new URL('/__emulator/files', emulator.url));
  const body = (await response.json()) as { data: EmulatorFile[] };
  return body.data;
}

export async function fileUploadRequests(emulator: EmulatorAdmin): Promise<number> {
  const requests = await emulator.requests();
  return requests.filter((request) => request.method === 'POST' && request.path === '/v1/files').length;
}

export async function openDocumentsPage(
  page: Page,
  emulator: EmulatorAdmin,
  query: Record<string, string> = {},
): Promise<Locator> {
  const search = new URLSearchParams({ emulator: emulator.url, ...query });
  await page.goto(`/e2e/pages/documents.html?${search.toString()}`);
  // The dev server may reload the page once after optimising a newly seen dependency; a file chosen
  // before that reload would be lost.
  await page.waitForLoadState('networkidle');
  const field = page.locator('token-document-upload').first();
  await field.locator('#choose').waitFor();
  return field;
}

export interface FixtureFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Chooses files through the field's real file input, as the file picker would. */
export async function chooseFiles(field: Locator, ...files: FixtureFile[]): Promise<void> {
  await field
    .locator('#file-input')
    .setInputFiles(
      files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) })),
    );
}

/** The host page's event log: exactly what the events carried. */
export function eventLog(page: Page): Locator {
  return page.getByRole('list', { name: 'Events' }).getByRole('listitem');
}
