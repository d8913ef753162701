/**
 * "Print this page": the button is hidden until this script runs (without script it
 * could do nothing), then it opens the browser's print window.
 */
export function startPrintButtons(): void {
  if (typeof window.print !== 'function') return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
