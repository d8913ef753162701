/**
 * `hubForm`: one form's links and state on a hub page, for forms that need nothing more
 * (`<div x-data="hubForm" data-form-id="…">`): open or start it, print it, open a page it
 * adds (`data-view`). Reads the hub's `stateOf` (see `hub.ts`). The words of its buttons
 * come from the page (built from the catalog): `data-open-text` / `data-start-text` (the
 * form started or not), `data-print-text` / `data-blank-text` (print it, or a blank one).
 */
import type { FormState } from '~/lib/forms/listings';
import { formPartHref, newRecordHref } from '~/lib/urls';
import { defineChildComponent } from './define-component';
import type { HubScope } from './hub';

/** Registered by the hub pages with `startAlpine({ …, hubForm })`. */
export function hubForm() {
  return defineChildComponent<HubScope>()({
    formId: '',
    view: '',
    openText: '',
    startText: '',
    printText: '',
    blankText: '',

    init() {
      const data = this.$el.dataset;
      this.formId = data['formId'] ?? '';
      this.view = data['view'] ?? '';
      this.openText = data['openText'] ?? '';
      this.startText = data['startText'] ?? '';
      this.printText = data['printText'] ?? '';
      this.blankText = data['blankText'] ?? '';
    },

    get state(): FormState {
      return this.stateOf(this.formId);
    },
    /** "Open my exit interview" or "Start my exit interview". */
    get actionText(): string {
      return this.state.exists ? this.openText : this.startText;
    },
    /** "Print my exit interview" or "Print a blank copy". */
    get paperText(): string {
      return this.state.exists ? this.printText : this.blankText;
    },
    /** A new record for the hub's person. */
    get newHref(): string {
      return newRecordHref(this.formId, this.personId);
    },
    /** The page named in `data-view`, for the hub's person. */
    get viewHref(): string {
      return formPartHref(this.formId, this.view, this.personId);
    },
  });
}
