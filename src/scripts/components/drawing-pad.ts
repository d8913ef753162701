/**
 * A small finger-and-stylus drawing pad on a canvas (pointer events), for signatures.
 * It keeps the strokes as points, which `signature-svg.ts` turns into a compact SVG.
 * Written here instead of a library: the workbook needs only lines, and form pages must
 * stay small on cheap tablets (signature_pad is about 5 KB gzip, this about 1 KB).
 *
 * The canvas follows its box: when the box changes size (the tablet turns, the text size
 * changes, the pad is shown after being hidden) the bitmap is made again at the new size and
 * the strokes are drawn again, scaled to fit, so new strokes land under the finger.
 */
import { signatureDataUrl, type StrokePoint } from '~/lib/forms/signature-svg';

// With the pad, for the signature field that loads it on first need (see `signature-field.ts`).
export { signatureDataUrl };

/** A drawing pad bound to one canvas. */
export interface DrawingPad {
  /** Every stroke drawn so far, in CSS pixels of the pad's current size. */
  strokes(): StrokePoint[][];
  /** The pad's drawing area now, in CSS pixels (the strokes' coordinate space). */
  size(): { width: number; height: number };
  isEmpty(): boolean;
  clear(): void;
  /** Stops listening to the canvas. */
  destroy(): void;
  /**
   * Draws pointer events the canvas had before the pad was there (its code loads on the first
   * touch), as if they came now: the first stroke is never lost.
   */
  replay(events: readonly PointerEvent[]): void;
}

/**
 * Starts a pad on `canvas`. `onStroke` runs after each finished stroke; `onBegin` when
 * a stroke starts.
 */
export function startDrawingPad(canvas: HTMLCanvasElement, onBegin: () => void, onStroke: () => void): DrawingPad {
  const context = canvas.getContext('2d');
  let strokes: StrokePoint[][] = [];
  let current: StrokePoint[] | undefined;
  /** The size the strokes are measured in (0 until the canvas is first laid out). */
  let width = 0;
  let height = 0;

  /**
   * Makes the bitmap match the canvas's box (inside its border), rescaling the strokes with
   * one scale for both directions, so the signature keeps its shape and stays inside. A
   * hidden canvas (size 0) keeps everything until it shows.
   */
  const fit = () => {
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    if (!w || !h || (w === width && h === height)) return;
    const scale = width ? Math.min(w / width, h / height, 1) : 1;
    for (const stroke of strokes) {
      for (const p of stroke) {
        p.x *= scale;
        p.y *= scale;
      }
    }
    width = w;
    height = h;
    const ratio = devicePixelRatio; // one bitmap pixel per screen pixel
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
    if (context) {
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.lineWidth = 2.5;
      context.lineCap = context.lineJoin = 'round';
      context.strokeStyle = '#000';
    }
    redraw();
  };

  const redraw = () => {
    if (!context) return;
    context.clearRect(0, 0, canvas.width, canvas.height);
    for (const stroke of strokes) drawStroke(stroke);
  };

  const drawStroke = (stroke: StrokePoint[]) => {
    const first = stroke[0];
    if (!context || !first) return;
    context.beginPath();
    context.moveTo(first.x, first.y);
    for (const p of stroke.slice(1)) context.lineTo(p.x, p.y);
    if (stroke.length === 1) context.lineTo(first.x + 0.1, first.y);
    context.stroke();
  };

  /** Where the pointer is inside the border, in CSS pixels. */
  const point = (event: PointerEvent): StrokePoint => {
    const box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left - canvas.clientLeft, y: event.clientY - box.top - canvas.clientTop };
  };

  const down = (event: PointerEvent) => {
    if (event.button > 0) return;
    event.preventDefault();
    try {
      canvas.setPointerCapture(event.pointerId);
    } catch {
      // An early event (see `early`) whose finger has left the screen already.
    }
    current = [point(event)];
    strokes.push(current);
    onBegin();
    drawStroke(current);
  };

  const move = (event: PointerEvent) => {
    if (!current || !context) return;
    event.preventDefault();
    const before = current[current.length - 1];
    // Coalesced events give every point of a fast stroke (older Safari has none).
    const events = event.getCoalescedEvents?.() ?? [];
    for (const e of events.length ? events : [event]) current.push(point(e));
    if (!before) return;
    context.beginPath();
    context.moveTo(before.x, before.y);
    for (const p of current.slice(current.indexOf(before) + 1)) context.lineTo(p.x, p.y);
    context.stroke();
  };

  const up = () => {
    if (!current) return;
    current = undefined;
    onStroke();
  };

  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  const observer = new ResizeObserver(fit);
  observer.observe(canvas);
  fit();
  const handlers: Record<string, (event: PointerEvent) => void> = { pointerdown: down, pointermove: move, pointerup: up, pointercancel: up };

  return {
    strokes: () => [...strokes],
    // Before the canvas was ever laid out (hidden): the pad's usual size.
    size: () => ({ width: width || 400, height: height || 150 }),
    isEmpty: () => strokes.length === 0,
    clear: () => {
      strokes = [];
      current = undefined;
      redraw();
    },
    replay: (events) => {
      for (const event of events) handlers[event.type]?.(event);
    },
    destroy: () => {
      observer.disconnect();
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
    },
  };
}
