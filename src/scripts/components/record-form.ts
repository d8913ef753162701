/**
 * `recordForm`: the Alpine component of a form page. It shows a `RecordSession`: binds
 * the answers (x-model on `values`), saves every change, shows "Saved", errors and
 * follow-up questions, and offers recovery of unsaved typing. Rules live in
 * `src/lib/forms` and `src/lib/session`; this file only wires them to the page.
 */
import { getForm } from '~/forms/on-page';
import { allFields } from '~/lib/forms/fields';
import { initialValues } from '~/lib/forms/initial-values';
import { formatLength, meetingLength } from '~/lib/forms/meeting-length';
import { isFieldVisible } from '~/lib/forms/visibility';
import type { FieldError, FormDefinition, FormValues } from '~/lib/forms/types';
import { RecordSession, copyValues, type Recovery } from '~/lib/session/record-session';
import { onStorageEvent, toStorageError } from '~/lib/storage';
import { loadFormPageContext } from './page-context';
import { describeMoment } from './moments';
import { defineComponent } from './define-component';
import { setUnsavedWork } from '../unsaved-work';

/** Tabs tell each other when they saved a record, so no tab silently overwrites another. */
const CHANNEL = 'wb-records';


/**
 * Focuses an element once Alpine has shown it (x-show applies on a later frame, and
 * focus() on a hidden element does nothing). Gives up after about half a second.
 */
function focusWhenShown(el: HTMLElement | undefined, framesLeft = 30): void {
  if (!el) return;
  if (el.getClientRects().length > 0) {
    el.focus();
    if (document.activeElement === el) return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(el, framesLeft - 1));
}

/** Registered as `Alpine.data('recordForm', recordForm)`. */
export function recordForm() {
  let session: RecordSession | undefined;
  let def: FormDefinition | undefined;
  let recovery: Recovery | undefined;
  let applying = false;
  let channel: BroadcastChannel | undefined;

  return defineComponent({
    values: {} as FormValues,
    errors: [] as (FieldError & { href: string })[],
    ready: false,
    problem: '',
    statusText: '',
    saveState: 'new',
    finished: false,
    justFinished: false,
    recoveryText: '',
    conflict: false,
    planGoals: [] as string[],
    lastThingsToWorkOn: '',
    personName: '',
    personHref: '',
    paperHref: '',

    async init() {
      def = getForm(this.$el.dataset['formId'] ?? '');
      if (!def) return;
      const form = def;
      this.$watch('values', () => {
        if (!applying && session) session.update(this.values);
      });
      try {
        const context = await loadFormPageContext(form, location.search, new Date());
        if (context.problem) {
          this.problem = context.problem;
          return;
        }
        this.planGoals = context.planGoals;
        this.lastThingsToWorkOn = context.lastThingsToWorkOn;
        if (context.person?.kind === 'mentee') {
          this.personName = context.person.name;
          this.personHref = `/mentees/view/?id=${encodeURIComponent(context.person.id)}`;
        }
        const opened = await RecordSession.open({
          def: form,
          personId: context.person?.id ?? '',
          ...(context.recordId ? { recordId: context.recordId } : {}),
          initial: initialValues(form, context.prefill),
          onChange: (s) => this.showState(s),
        });
        session = opened.session;
        recovery = opened.recovery;
        if (recovery) this.recoveryText = `We found your unsaved work from ${describeMoment(recovery.savedAt)}. Keep it?`;
        if (context.recordId && !session.isStored && !recovery) {
          this.problem = 'We could not find this form. It may have been deleted.';
          return;
        }
        this.applyValues(session.values);
        this.showState(session);
        this.paperHref = `/forms/${form.id}/paper/?record=${encodeURIComponent(session.recordId)}`;
        this.ready = true;
        this.listen();
      } catch (e) {
        this.problem = toStorageError(e).message;
      }
    },

    /** Puts answers on screen without treating them as typing. */
    applyValues(values: FormValues) {
      applying = true;
      this.values = copyValues(values);
      this.$nextTick(() => {
        applying = false;
      });
    },

    listen() {
      const flush = () => {
        session?.flushToJournal();
        void session?.flush();
      };
      addEventListener('pagehide', flush);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') flush();
      });
      if ('BroadcastChannel' in globalThis) {
        channel = new BroadcastChannel(CHANNEL);
        channel.onmessage = (event: MessageEvent<{ recordId?: string }>) => {
          const current = session;
          if (!current || event.data.recordId !== current.recordId) return;
          void current.otherTabSaved().then(() => {
            if (current.state === 'saved') this.applyValues(current.values);
          });
        };
      }
      onStorageEvent((event) => {
        if (event.type === 'version-changed') this.problem = 'The workbook was updated. Please reload the page. Your typing is kept on this tablet.';
        if (event.type === 'blocked') this.statusText = 'Please close the workbook in your other tabs.';
      });
    },

    /** Mirrors the session's state on the page. */
    showState(s: RecordSession) {
      const wasSaving = this.saveState === 'saving';
      setUnsavedWork(s.state === 'unsaved' || s.state === 'saving' || s.state === 'error' || s.state === 'conflict');
      this.saveState = s.state;
      this.finished = s.isFinished;
      this.conflict = s.state === 'conflict';
      if (s.state === 'saved') {
        if (location.search.indexOf('record=') < 0) {
          history.replaceState(null, '', `?record=${encodeURIComponent(s.recordId)}`);
        }
        // Say "Saved" only after a real save, never just because a saved form was opened.
        if (wasSaving) {
          this.statusText = 'Saved';
          channel?.postMessage({ recordId: s.recordId });
        }
      } else if (s.state === 'unsaved') {
        this.statusText = '';
      } else if (s.state === 'error' || s.state === 'conflict') {
        this.statusText = s.error?.message ?? 'This was not saved.';
      }
    },

    /** True when a follow-up question should show. */
    isShown(name: string): boolean {
      const field = def ? allFields(def).find((f) => f.name === name) : undefined;
      return field ? isFieldVisible(field, this.values, def) : true;
    },

    hasError(name: string): boolean {
      return this.errors.some((e) => e.field === name);
    },

    errorText(name: string): string {
      return this.errors.find((e) => e.field === name)?.message ?? '';
    },

    get hasErrors(): boolean {
      return this.errors.length > 0;
    },

    get meetingLengthText(): string {
      const start = this.values['startTime'];
      const end = this.values['endTime'];
      if (typeof start !== 'string' || typeof end !== 'string' || !start || !end) return '';
      const length = meetingLength(start, end);
      if (length.minutes <= 0) return '';
      const units = length.units === 1 ? '1 unit' : `${length.units} units`;
      return `Meeting length: ${formatLength(length.minutes)}. That is ${units} of 15 minutes.`;
    },

    get savedText(): string {
      return this.saveState === 'saved' ? this.statusText : '';
    },

    /** "Finish": check the answers; show errors GOV.UK-style or mark the form finished. */
    async finish() {
      if (!session) return;
      session.update(this.values);
      const errors = await session.finish();
      this.errors = errors.map((e) => ({ ...e, href: `#f-${e.field}` }));
      if (errors.length > 0) {
        focusWhenShown(this.$refs['errorSummary']);
        return;
      }
      if (session.isFinished) {
        this.justFinished = true;
        focusWhenShown(this.$refs['finishedBox']);
      }
    },

    async reopen() {
      await session?.reopen();
      this.justFinished = false;
    },

    /** Moves focus to a field from the error summary (the GOV.UK way: label in view). */
    focusField(name: string) {
      const wrapper = this.$root.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
      const input = wrapper?.querySelector<HTMLElement>('input, textarea, select, canvas');
      const heading = wrapper?.querySelector<HTMLElement>('legend, label');
      (heading ?? wrapper)?.scrollIntoView({ block: 'start' });
      input?.focus({ preventScroll: true });
    },

    async keepRecovery() {
      if (!session || !recovery) return;
      const kept = recovery;
      recovery = undefined;
      this.recoveryText = '';
      this.applyValues({ ...session.values, ...kept.data });
      await session.keepRecovered(kept);
    },

    discardRecovery() {
      session?.discardRecovered();
      recovery = undefined;
      this.recoveryText = '';
    },

    takeTheirs() {
      if (!session) return;
      session.takeTheirs();
      this.applyValues(session.values);
    },

    async keepMine() {
      await session?.keepMine();
    },

    printForm() {
      void session?.flush().then(() => window.print());
    },

    destroy() {
      channel?.close();
    },
  });
}
