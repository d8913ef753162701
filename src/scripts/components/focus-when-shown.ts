/**
 * Focuses an element once Alpine has shown it. `x-show` can apply on a later frame than
 * `$nextTick`, and focus() on a hidden element does nothing, so this tries each frame and
 * gives up after about half a second.
 */
export function focusWhenShown(el: HTMLElement | null | undefined, framesLeft = 30): void {
  if (!el) return;
  if (el.getClientRects().length > 0) {
    el.focus();
    if (document.activeElement === el) return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(el, framesLeft - 1));
}
