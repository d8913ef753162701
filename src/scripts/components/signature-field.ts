/**
 * `signatureField`: one signature inside a `recordForm`. Drawing (on `drawing-pad.ts`)
 * is saved as a small SVG data URL after each stroke; typing the name saves a typed
 * signature. Either way the answer is written to the form's `values[name]` (the parent
 * scope), so the form's autosave stores it like any other answer.
 *
 * The pad's code is not part of the form page's first load: it loads when the pad comes
 * near the screen, or at the first touch on it; touches before it is there are kept and
 * drawn when it starts, so the first stroke is never lost.
 */
import { t } from '~/i18n/forms';
import type { FormValues, Signature } from '~/lib/forms/types';
import type { DrawingPad } from './drawing-pad';
import { describeMoment } from './moments';
import { defineChildComponent } from './define-component';

/** The pointer events a pad draws with. */
const POINTER_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const;

function isSignature(value: unknown): value is Signature {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

/** Registered as `Alpine.data('signatureField', signatureField)`. */
export function signatureField() {
  let pad: DrawingPad | undefined;
  let toDataUrl: typeof import('./drawing-pad').signatureDataUrl | undefined;
  let stopWaiting = (): void => {};
  let name = '';

  return defineChildComponent<{ values: FormValues }>()({
    typed: '',
    /** True while this visit is drawing: the pad stays on screen instead of the saved picture. */
    drawing: false,
    label: '',

    init() {
      name = this.$el.dataset['name'] ?? '';
      this.label = this.$el.dataset['label'] ?? 'Signature';
      const current = this.values[name];
      if (isSignature(current) && current.kind === 'typed') this.typed = current.value;
      const canvas = this.$refs['canvas'];
      if (!(canvas instanceof HTMLCanvasElement)) return;
      // Touches before the pad's code is there: kept (and the finger held on the canvas) until it starts.
      const early: PointerEvent[] = [];
      const keep = (event: PointerEvent): void => {
        if (event.type === 'pointerdown') {
          if (event.button > 0) return;
          event.preventDefault();
          canvas.setPointerCapture(event.pointerId);
        } else if (early.length === 0) return;
        early.push(event);
        void start();
      };
      let starting: Promise<void> | undefined;
      const start = (): Promise<void> =>
        (starting ??= import('./drawing-pad').then(({ startDrawingPad, signatureDataUrl }) => {
          stopWaiting();
          toDataUrl = signatureDataUrl;
          pad = startDrawingPad(
            canvas,
            () => {
              this.drawing = true;
            },
            () => this.saveDrawing(),
          );
          pad.replay(early);
        }));
      for (const type of POINTER_EVENTS) canvas.addEventListener(type, keep);
      // Near the screen: load it now, so a finger usually finds it there already.
      const near = 'IntersectionObserver' in globalThis ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void start(), { rootMargin: '100% 0px' }) : undefined;
      if (near) near.observe(canvas);
      else void start();
      stopWaiting = () => {
        near?.disconnect();
        for (const type of POINTER_EVENTS) canvas.removeEventListener(type, keep);
      };
      this.$watch('values', () => {
        const value = this.values[name];
        if (!isSignature(value)) {
          if (this.typed && !this.drawing) this.typed = '';
        } else if (value.kind === 'typed' && value.value !== this.typed) {
          this.typed = value.value;
        }
      });
    },

    destroy() {
      stopWaiting();
      pad?.destroy();
    },

    get signature(): Signature | undefined {
      const value = this.values[name];
      return isSignature(value) ? value : undefined;
    },

    get hasSignature(): boolean {
      return this.signature !== undefined;
    },

    get isDrawn(): boolean {
      return this.signature?.kind === 'drawn';
    },

    get isTyped(): boolean {
      return this.signature?.kind === 'typed';
    },

    /** The saved picture shows once signed by drawing, unless this visit is drawing now. */
    get showSaved(): boolean {
      return this.isDrawn && !this.drawing;
    },

    get drawnSrc(): string {
      return this.isDrawn ? (this.signature?.value ?? '') : '';
    },

    get typedValue(): string {
      return this.isTyped ? t('forms.signature.typed', { name: this.signature?.value ?? '' }) : '';
    },

    get imageAlt(): string {
      return t('forms.signature.drawnAlt', { label: this.label });
    },

    get signedText(): string {
      const sig = this.signature;
      return sig ? t('forms.signature.signedOn', { moment: describeMoment(sig.signedAt) }) : '';
    },

    saveDrawing() {
      if (!pad || !toDataUrl || pad.isEmpty()) return;
      this.typed = '';
      const { width, height } = pad.size();
      const url = toDataUrl(pad.strokes(), width, height);
      this.values[name] = { kind: 'drawn', value: url, signedAt: new Date().toISOString() };
    },

    typedChanged() {
      const typed = this.typed.trim();
      const before = this.signature;
      this.values[name] = typed
        ? { kind: 'typed', value: this.typed, signedAt: before?.kind === 'typed' ? before.signedAt : new Date().toISOString() }
        : null;
    },

    clear() {
      pad?.clear();
      this.drawing = false;
      this.typed = '';
      this.values[name] = null;
    },
  });
}
