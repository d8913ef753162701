/**
 * The text a person sees in part of the page, piece by piece, for reading aloud: by the
 * guide's "Read this page aloud" (read-aloud.ts) and by the "Listen" buttons (listen-engine.ts).
 * Buttons, navigation, hidden and unseen parts, closed hard-word meanings, the Listen
 * buttons' words and anything marked `data-read-aloud="skip"` are not read; a hard word's word belongs to its sentence.
 */
import { speechChunks } from '~/lib/learn/speech-chunks';
import type { Piece } from '~/lib/read-aloud/field-speech';

/** Elements that make a piece of text on their own (the nearest one owns the text). */
const BLOCK = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,blockquote,figcaption,caption,th,td,legend,label,div,section,article,main';
/** Things never read. Hard words are buttons, but their word belongs to the sentence. */
const SKIP = 'button:not(.wb-hardword__word),[hidden],nav,[data-read-aloud="skip"],.wb-listen,[aria-hidden="true"],script,style,noscript,template,select,input,textarea';

/** A piece of text to say and the element it belongs to (highlighted while it is said). */
export type Chunk = Piece<HTMLElement>;

/** True when `element` is not shown (e.g. `display: none` from `x-show` or print-only parts). */
const unseen = (element: Element): boolean => element.getClientRects().length === 0;

/** The text of `root` as shown, without the parts that are never read. */
export function shownText(root: HTMLElement): string {
  return readableChunks(root).map((chunk) => chunk.text).join(' ');
}

/** The text of `root`, piece by piece, with the element each piece belongs to. */
export function readableChunks(root: HTMLElement): Chunk[] {
  const order: HTMLElement[] = [];
  const texts = new Map<HTMLElement, string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isText = node.nodeType === Node.TEXT_NODE;
    if (!isText && (node as Element).tagName !== 'BR') continue;
    const parent = isText ? node.parentElement : (node as Element);
    if (!parent || parent.closest(SKIP) || unseen(parent)) continue;
    const block = parent.closest<HTMLElement>(BLOCK) ?? root;
    if (!texts.has(block)) {
      texts.set(block, '');
      order.push(block);
    }
    texts.set(block, texts.get(block) + (isText ? (node.nodeValue ?? '') : ' '));
  }
  return order.flatMap((element) => speechChunks(texts.get(element) ?? '').map((text) => ({ element, text })));
}
