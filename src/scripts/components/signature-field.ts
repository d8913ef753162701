/**
 * `signatureField`: one signature inside a `recordForm`. Drawing (on `drawing-pad.ts`)
 * is saved as a small SVG data URL after each stroke; typing the name saves a typed
 * signature. Either way the answer is written to the form's `values[name]` (the parent
 * scope), so the form's autosave stores it like any other answer.
 */
import { t } from '~/i18n/forms';
import type { FormValues, Signature } from '~/lib/forms/types';
import { signatureDataUrl } from '~/lib/forms/signature-svg';
import { startDrawingPad, type DrawingPad } from './drawing-pad';
import { describeMoment } from './moments';
import { defineChildComponent } from './define-component';

function isSignature(value: unknown): value is Signature {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

/** Registered as `Alpine.data('signatureField', signatureField)`. */
export function signatureField() {
  let pad: DrawingPad | undefined;
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
      pad = startDrawingPad(
        canvas,
        () => {
          this.drawing = true;
        },
        () => this.saveDrawing(),
      );
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
      if (!pad || pad.isEmpty()) return;
      this.typed = '';
      const { width, height } = pad.size();
      const url = signatureDataUrl(pad.strokes(), width, height);
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
