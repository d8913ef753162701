/**
 * The signature pad keeps up with its box: after the tablet turns (the viewport changes
 * size), what was drawn is still there, scaled to fit, and new strokes land under the finger.
 * Pixels are read from the canvas where the pointer went, mapped from the box on screen to
 * the bitmap, so a bitmap left at the old size (stretched by CSS) fails the test.
 */
import type { Locator, Page } from '@playwright/test';
import { forms } from '~/forms';
import { newRecordHref } from '~/lib/urls';
import { test, expect } from './support/fixtures';
import { questions } from './support/form-examples';
import { addMentee } from './support/workbook';

/** A point inside the drawing area, as fractions of its width and height. */
type Spot = { x: number; y: number };

/** The drawing area (inside the border), in CSS pixels of the page. */
async function drawingArea(canvas: Locator) {
  return canvas.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { left: box.left + el.clientLeft, top: box.top + el.clientTop, width: el.clientWidth, height: el.clientHeight };
  });
}

/** Draws a stroke through `spots` with the mouse. @returns the points drawn, in CSS pixels inside the area. */
async function draw(page: Page, canvas: Locator, spots: readonly Spot[]): Promise<{ x: number; y: number }[]> {
  await canvas.scrollIntoViewIfNeeded();
  const area = await drawingArea(canvas);
  const points = spots.map((s) => ({ x: Math.round(s.x * area.width), y: Math.round(s.y * area.height) }));
  const [first, ...rest] = points;
  if (!first) return [];
  await page.mouse.move(area.left + first.x, area.top + first.y);
  await page.mouse.down();
  for (const p of rest) await page.mouse.move(area.left + p.x, area.top + p.y, { steps: 4 });
  await page.mouse.up();
  return points;
}

/** For each point (CSS pixels inside the area, as seen on screen): is the canvas inked there? */
async function inkAt(canvas: Locator, points: readonly { x: number; y: number }[]): Promise<boolean[]> {
  return canvas.evaluate((el, pts) => {
    const c = el as HTMLCanvasElement;
    // Read a copy, once: the page's own canvas is not made for reading back.
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    ctx?.drawImage(c, 0, 0);
    const pixels = ctx?.getImageData(0, 0, copy.width, copy.height).data ?? new Uint8ClampedArray();
    // The bitmap pixel shown at a CSS point: the bitmap is stretched over the box by CSS.
    const sx = c.width / c.clientWidth;
    const sy = c.height / c.clientHeight;
    const alpha = (x: number, y: number) => (x < 0 || y < 0 || x >= copy.width || y >= copy.height ? 0 : (pixels[(y * copy.width + x) * 4 + 3] ?? 0));
    return pts.map((p) => {
      const x = Math.round(p.x * sx);
      const y = Math.round(p.y * sy);
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) if (alpha(x + dx, y + dy) > 0) return true;
      return false;
    });
  }, points);
}

const signed = forms.find((form) => form.owner === 'mentee' && questions(form).some((field) => field.kind === 'signature'));

test('a signature drawn, then the tablet turns: the drawing stays and new strokes land under the finger', async ({ page }) => {
  if (!signed) throw new Error('No mentee form has a signature to draw.');
  const field = questions(signed).find((f) => f.kind === 'signature');
  await page.setViewportSize({ width: 1024, height: 768 });
  const id = await addMentee(page, 'Turning Tam');
  await page.goto(newRecordHref(signed.id, id));
  const canvas = page.getByRole('group', { name: new RegExp(`^${field?.label ?? ''}`) }).getByRole('img', { name: /^Box to draw/ });
  await expect(canvas).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finish' })).toBeEnabled();

  const before = await drawingArea(canvas);
  const first = await draw(page, canvas, [{ x: 0.1, y: 0.3 }, { x: 0.3, y: 0.3 }, { x: 0.5, y: 0.3 }]);
  expect(await inkAt(canvas, first)).toEqual(first.map(() => true));
  expect(await inkAt(canvas, [{ x: Math.round(before.width * 0.5), y: Math.round(before.height * 0.8) }]), 'no ink where nothing was drawn').toEqual([false]);

  // The tablet turns, to a narrower screen: the pad gets narrower.
  await page.setViewportSize({ width: 400, height: 800 });
  await expect.poll(async () => (await drawingArea(canvas)).width).toBeLessThan(before.width);
  const after = await drawingArea(canvas);
  const scale = Math.min(after.width / before.width, after.height / before.height, 1);
  const moved = first.map((p) => ({ x: Math.round(p.x * scale), y: Math.round(p.y * scale) }));
  await expect.poll(() => inkAt(canvas, moved), 'the first stroke is still there, scaled to fit').toEqual(moved.map(() => true));

  const second = await draw(page, canvas, [{ x: 0.2, y: 0.7 }, { x: 0.5, y: 0.7 }, { x: 0.8, y: 0.7 }]);
  expect(await inkAt(canvas, second), 'the new stroke is under the pointer').toEqual(second.map(() => true));
  expect(await inkAt(canvas, [{ x: Math.round(after.width * 0.9), y: Math.round(after.height * 0.2) }]), 'no ink where nothing was drawn').toEqual([false]);

  // And the saved signature is the drawing.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
});

test('a stroke drawn before the pad has loaded is kept: drawn, and saved as the signature', async ({ page }) => {
  if (!signed) throw new Error('No mentee form has a signature to draw.');
  const field = questions(signed).find((f) => f.kind === 'signature');
  // The pad's code loads when it comes near the screen or at the first touch: hold it back a while.
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/drawing-pad\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const id = await addMentee(page, 'Early Eli');
  await page.goto(newRecordHref(signed.id, id));
  const canvas = page.getByRole('group', { name: new RegExp(`^${field?.label ?? ''}`) }).getByRole('img', { name: /^Box to draw/ });
  await expect(page.getByRole('button', { name: 'Finish' })).toBeEnabled();
  const stroke = await draw(page, canvas, [{ x: 0.1, y: 0.5 }, { x: 0.4, y: 0.4 }, { x: 0.7, y: 0.5 }]);
  release();
  await expect.poll(() => inkAt(canvas, stroke), 'the early stroke is drawn once the pad is there').toEqual(stroke.map(() => true));
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  // Saved as the signature: after a reload the form shows it as signed.
  await page.reload();
  await expect(page.getByRole('group', { name: new RegExp(`^${field?.label ?? ''}`) }).getByText(/^Signed on /)).toBeVisible();
});
