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

/**
 * Writes "About me" on the Internship page (the peer mentor's name, agency and supervisor),
 * which the internship forms need first.
 */
export async function saveAboutMe(page: Page, name = 'Sam Lee'): Promise<void> {
  await page.goto('/internship/');
  await expect(page.getByText('First, write your name. The internship forms need your name.')).toBeVisible();
  await page.getByLabel('My name').fill(name);
  await page.getByLabel(/^My agency/).fill('Northside Services');
  await page.getByLabel(/^My supervisor/).fill('Pat Morgan');
  await page.getByRole('button', { name: 'Save About me' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Now you can add your hours.' })).toBeVisible();
  await expect(page.locator('[data-profile-name]')).toHaveText(`Name: ${name}`);
  await expect(page.getByText('Agency: Northside Services', { exact: true })).toBeVisible();
  await expect(page.getByText('Supervisor: Pat Morgan', { exact: true })).toBeVisible();
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
