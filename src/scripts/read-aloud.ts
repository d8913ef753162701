/**
 * Read this page aloud, with the browser's own speech (no sound files, nothing leaves
 * the tablet). The controls stay hidden when the browser cannot speak.
 *
 * The page's main text is read one sentence at a time (Chrome stops a long utterance
 * after about 15 seconds), one utterance after another. The part being read is
 * highlighted and scrolled into view. Buttons, navigation, hidden meanings and
 * anything marked `data-read-aloud="skip"` are not read.
 */
import { t } from '~/i18n/learn';
import { speechChunks } from '~/lib/learn/speech-chunks';

/** Elements that make a piece of text on their own (the nearest one owns the text). */
const BLOCK = 'h1,h2,h3,h4,h5,h6,p,li,dt,dd,blockquote,figcaption,caption,th,td,div,section,article,main';
/** Things never read. Hard words are buttons, but their word belongs to the sentence. */
const SKIP = 'button:not(.wb-hardword__word),[hidden],nav,[data-read-aloud="skip"],[aria-hidden="true"],script,style,noscript,template,select,input,textarea';
/** The class that highlights what is being read. */
const READING_CLASS = 'wb-reading';

interface Chunk {
  element: HTMLElement;
  text: string;
}

type State = 'idle' | 'reading' | 'paused';

/** The text of `root`, piece by piece, with the element each piece belongs to. */
function readableChunks(root: HTMLElement): Chunk[] {
  const order: HTMLElement[] = [];
  const texts = new Map<HTMLElement, string>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isText = node.nodeType === Node.TEXT_NODE;
    if (!isText && (node as Element).tagName !== 'BR') continue;
    const parent = isText ? node.parentElement : (node as Element);
    if (!parent || parent.closest(SKIP)) continue;
    const block = parent.closest<HTMLElement>(BLOCK) ?? root;
    if (!texts.has(block)) {
      texts.set(block, '');
      order.push(block);
    }
    texts.set(block, texts.get(block) + (isText ? (node.nodeValue ?? '') : ' '));
  }
  return order.flatMap((element) => speechChunks(texts.get(element) ?? '').map((text) => ({ element, text })));
}

/** Starts the read-aloud controls marked `data-read-aloud-controls`, if this browser can speak. */
export function startReadAloud(): void {
  const controls = document.querySelector<HTMLElement>('[data-read-aloud-controls]');
  const main = document.querySelector<HTMLElement>('main');
  if (!controls || !main) return;
  if (!('speechSynthesis' in window) || !window.speechSynthesis || typeof window.SpeechSynthesisUtterance !== 'function') return;
  const synth = window.speechSynthesis;

  const play = controls.querySelector<HTMLButtonElement>('[data-read-aloud-play]');
  const pause = controls.querySelector<HTMLButtonElement>('[data-read-aloud-pause]');
  const stop = controls.querySelector<HTMLButtonElement>('[data-read-aloud-stop]');
  const status = controls.querySelector<HTMLElement>('[data-read-aloud-status]');
  if (!play || !pause || !stop || !status) return;

  let state: State = 'idle';
  let queue: Chunk[] = [];
  let index = 0;
  /** Counts runs, so events from a cancelled run are ignored. */
  let run = 0;
  /** Kept so the browser does not throw the utterance away before it ends (a Chrome bug). */
  let current: SpeechSynthesisUtterance | null = null;
  let highlighted: HTMLElement | null = null;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  const label = (button: HTMLElement, text: string) => {
    const span = button.querySelector('[data-label]');
    if (span) span.textContent = text;
  };

  const show = (next: State, message: string): void => {
    state = next;
    const active = next !== 'idle';
    // Do not lose keyboard focus when the focused button hides.
    if (!active && (document.activeElement === pause || document.activeElement === stop)) play.focus();
    pause.hidden = !active;
    stop.hidden = !active;
    label(play, t(active ? 'learn.readAgain' : 'learn.readAloud'));
    const paused = next === 'paused';
    label(pause, t(paused ? 'learn.resume' : 'learn.pause'));
    pause.querySelector('[data-icon="pause"]')?.toggleAttribute('hidden', paused);
    pause.querySelector('[data-icon="resume"]')?.toggleAttribute('hidden', !paused);
    controls.dataset['state'] = next;
    status.textContent = message;
  };

  const highlight = (element: HTMLElement | null): void => {
    if (highlighted === element) return;
    highlighted?.classList.remove(READING_CLASS);
    highlighted = element;
    if (!element) return;
    element.classList.add(READING_CLASS);
    element.scrollIntoView({ block: 'nearest', behavior: reduceMotion.matches ? 'instant' : 'smooth' });
  };

  function speakNext(id: number): void {
    if (id !== run) return;
    const chunk = queue[index];
    if (!chunk) {
      current = null;
      highlight(null);
      show('idle', t('learn.finished'));
      return;
    }
    highlight(chunk.element);
    const utterance = new SpeechSynthesisUtterance(chunk.text);
    utterance.lang = document.documentElement.lang || 'en';
    utterance.rate = 0.9;
    utterance.onend = () => {
      if (id !== run) return;
      index += 1;
      speakNext(id);
    };
    utterance.onerror = (event) => {
      if (id !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      halt();
      show('idle', t('learn.readFailed'));
    };
    current = utterance;
    synth.speak(utterance);
  }

  /** Stops speech and forgets where it was. */
  function halt(): void {
    run += 1;
    current = null;
    synth.cancel();
    highlight(null);
  }

  const start = (): void => {
    halt();
    queue = readableChunks(main);
    index = 0;
    show('reading', t('learn.reading'));
    speakNext(run);
  };

  play.addEventListener('click', start);
  pause.addEventListener('click', () => {
    if (state === 'reading') {
      synth.pause();
      show('paused', t('learn.paused'));
    } else if (state === 'paused') {
      synth.resume();
      show('reading', t('learn.reading'));
    }
  });
  stop.addEventListener('click', () => {
    halt();
    show('idle', t('learn.stopped'));
  });
  // Speech would go on after leaving the page; stop it.
  window.addEventListener('pagehide', () => {
    if (state === 'idle') return;
    halt();
    show('idle', '');
  });

  // A page loaded from the back-forward cache, or speech left over from another page.
  synth.cancel();
  void current;
  controls.hidden = false;
}
