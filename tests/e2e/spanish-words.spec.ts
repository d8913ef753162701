/**
 * The words a form's folder shows outside its questions, on Spanish pages (issue 16): the
 * record's noun (the delete button and question), the mentee page's "new …" links and the
 * link to a form's own page, dates in lists, and a signature on the paper copy.
 */
import { test, expect } from './support/fixtures';
import { addMentee, recordIdOf } from './support/workbook';

test.use({ viewport: { width: 768, height: 1024 } });

test('a meeting filled on a Spanish page is named in Spanish, on its page, on the mentee page and on paper', async ({ page }) => {
  const menteeId = await addMentee(page, 'Ana López');

  // The mentee page in Spanish: the big button and the links of the other forms.
  await page.goto(`/es/mentees/view/?id=${menteeId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana López');
  await expect(page.getByRole('link', { name: 'Nuevo acuerdo de mentoría' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nueva evaluación del mentorado' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'A la mitad y al final, lado a lado' })).toBeVisible();
  await expect(page.getByText(/New meeting|New mentoring agreement|New evaluation|side by side/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Nueva reunión' }).click();
  await page.waitForURL(/\/es\/forms\/encounter\/\?person=/);

  // A meeting, filled in Spanish.
  await expect(page.getByLabel('Nombre del mentorado', { exact: true })).toHaveValue('Ana López');
  await page.getByLabel('Fecha de la reunión').fill('2026-05-03');
  await page.getByLabel('Hora de inicio de la reunión').fill('14:00');
  await page.getByLabel('Hora de fin de la reunión').fill('15:00');
  await page.getByLabel('Escribe aquí la meta').fill('Tomar el autobús sola');
  await page.getByText('Afuera, en la ciudad').click();
  await page.getByText('Hicimos mucho').click();
  await page.getByLabel('¿Qué hicieron?').fill('Fuimos juntas a la parada.');
  await page.getByRole('group', { name: 'El mentorado firma aquí' }).getByLabel('O escribe el nombre').fill('Ana López');
  await page.getByRole('group', { name: 'El mentor de pares firma aquí' }).getByLabel('O escribe el nombre').fill('Sam Lee');
  await expect(page.getByRole('status').filter({ hasText: /^Guardado$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Terminar' }).click();
  await expect(page.getByText('Este formulario está terminado. La tableta lo guardó.')).toBeVisible();
  const recordId = recordIdOf(page);

  // Its noun: the delete button and the question before deleting.
  await expect(page.getByRole('button', { name: 'Borrar reunión' })).toBeVisible();
  await page.getByRole('button', { name: 'Borrar reunión' }).click();
  await expect(page.getByRole('alertdialog', { name: '¿Quieres borrar esto: reunión del 3 de mayo de 2026?' })).toBeVisible();
  await page.getByRole('button', { name: 'No, conservarlo' }).click();
  await expect(page.getByRole('alertdialog')).toBeHidden();

  // The mentee page lists it with its date in Spanish.
  await page.goto(`/es/mentees/view/?id=${menteeId}`);
  await expect(page.getByText('3 de mayo de 2026').first()).toBeVisible();
  await expect(page.getByText(/3 May 2026/)).toHaveCount(0);

  // The paper copy in Spanish: the date, the times and the signatures.
  await page.goto(`/es/forms/encounter/paper/?record=${recordId}`);
  const paper = page.locator('[data-paper-list]');
  await expect(paper).toContainText('3 de mayo de 2026');
  await expect(paper).toContainText(/2:00\sp\.\s?m\./u);
  await expect(paper).toContainText('Firma con el nombre escrito: Sam Lee, ');
  await expect(paper).not.toContainText(/Signed \(typed\)|May 2026|PM/);
});
