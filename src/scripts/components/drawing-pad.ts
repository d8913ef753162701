/**
 * A small finger-and-stylus drawing pad on a canvas (pointer events), for signatures.
 * It keeps the strokes as points, which `signature-svg.ts` turns into a compact SVG.
 * Written here instead of a library: the workbook needs only lines, and form pages must
 * stay small on cheap tablets.
 */
import type { StrokePoint } from '~/lib/forms/signature-svg';

/** A drawing pad bound to one canvas. */
export interface DrawingPad {
  /** Every stroke drawn so far, in CSS pixels. */
  strokes(): StrokePoint[][];
  isEmpty(): boolean;
  clear(): void;
  /** Stops listening to the canvas. */
  destroy(): void;
}

/**
 * Starts a pad on `canvas`. `onStroke` runs after each finished stroke; `onBegin` when
 * a stroke starts.
 */
export function startDrawingPad(canvas: HTMLCanvasElement, onBegin: () => void, onStroke: () => void): DrawingPad {
  const context = canvas.getContext('2d');
  let strokes: StrokePoint[][] = [];
  let current: StrokePoint[] | undefined;

  const size = () => {
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = Math.round((canvas.offsetWidth || 400) * ratio);
    canvas.height = Math.round((canvas.offsetHeight || 150) * ratio);
    context?.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (context) {
      context.lineWidth = 2.5;
      context.lineCap = 'round';
      context.lineJoin = 'round';
      context.strokeStyle = '#000000';
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

  const point = (event: PointerEvent): StrokePoint => {
    const box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  const down = (event: PointerEvent) => {
    if (event.button > 0) return;
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    current = [point(event)];
    strokes.push(current);
    onBegin();
    drawStroke(current);
  };

  const move = (event: PointerEvent) => {
    if (!current || !context) return;
    event.preventDefault();
    const before = current[current.length - 1];
    const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [event];
    for (const e of events.length > 0 ? events : [event]) current.push(point(e));
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
  size();

  return {
    strokes: () => strokes.map((s) => [...s]),
    isEmpty: () => strokes.length === 0,
    clear: () => {
      strokes = [];
      current = undefined;
      redraw();
    },
    destroy: () => {
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
    },
  };
}
