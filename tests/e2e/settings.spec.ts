import { test, expect } from './support/fixtures';

test('text size and colours are saved and survive a reload', async ({ page }) => {
  await page.goto('/settings/');
  await page.getByRole('radio', { name: 'Largest' }).check();
  await expect(page.getByRole('status')).toHaveText('Saved. Text size: Largest.');
  await page.getByRole('radio', { name: /High contrast/ }).check();
  await expect(page.getByRole('status')).toHaveText('Saved. Colors: High contrast.');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  await expect(page.getByRole('radio', { name: 'Largest' })).toBeChecked();
  const fontSize = await page.evaluate(() => getComputedStyle(document.body).fontSize);
  expect(parseFloat(fontSize)).toBeCloseTo(29, 0); // 1.25rem at 145%
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(0, 0, 0)');
});

test('saved settings apply before first paint, with no script but the inline one', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('wb.settings', JSON.stringify({ theme: 'dark', textSize: 'large' })));
  // Hold back every script file until the colours are checked: only the inline head script
  // may run before paint.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForSelector('main h1', { state: 'attached' });
  // The page's own stylesheets are in (first paint waits for them too); the scripts are still held.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet !== null));
  const seen = await page.evaluate(() => ({
    theme: document.documentElement.dataset['theme'],
    size: document.documentElement.dataset['textSize'],
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  expect(seen).toEqual({ theme: 'dark', size: 'large', bg: 'rgb(18, 20, 23)' });
  release();
});

test('the colours follow the tablet when set to "Same as my tablet"', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background()).toBe('rgb(18, 20, 23)');
  // The page follows a change of the tablet's setting while it is open.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(18, 20, 23)');
});

test('settings can be changed with the keyboard alone', async ({ page }) => {
  await page.goto('/settings/');
  await page.getByRole('radio', { name: 'Normal' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Large', exact: true })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
});
