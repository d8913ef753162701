/**
 * Confirmation boxes as real modal `<dialog>`s: `showModal()` makes the rest of the page
 * inert, Escape cancels (the dialog fires `close`), and closing gives focus back to the
 * button that opened it. Focus goes to the dialog itself (it has `tabindex="-1"`), not to
 * its first button, so a screen reader reads the question first and Enter never deletes
 * by accident.
 * @see https://html.spec.whatwg.org/multipage/interactive-elements.html#the-dialog-element
 */

/** Opens a `<dialog>` as a modal and moves focus to it. */
export function openDialog(dialog: Element | null | undefined): void {
  if (!(dialog instanceof HTMLDialogElement) || dialog.open) return;
  dialog.showModal();
  dialog.focus();
}

/** Closes a `<dialog>` if it is open (it fires `close`; focus goes back to the opener). */
export function closeDialog(dialog: Element | null | undefined): void {
  if (dialog instanceof HTMLDialogElement && dialog.open) dialog.close();
}
