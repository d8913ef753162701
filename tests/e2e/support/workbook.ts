/** Steps many tests share, done the way a person does them: through the pages. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Adds a mentee on the My mentees page and waits on their page. @returns the mentee's id. */
export async function addMentee(page: Page, name: string): Promise<string> {
  await page.goto('/mentees/');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Add this mentee' }).click();
  await page.waitForURL(/\/mentees\/view\/\?id=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return new URL(page.url()).searchParams.get('id') ?? '';
}

/** Signs a signature field by typing the name. */
export async function typeSignature(page: Page, label: string, name: string): Promise<void> {
  await page.getByRole('group', { name: label }).getByLabel('Or type the name').fill(name);
}

/** Waits until the page says the answers are saved. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** The id of the record open on a form page (from the URL). */
export function recordIdOf(page: Page): string {
  return new URL(page.url()).searchParams.get('record') ?? '';
}
