/**
 * Read this page aloud, with the browser's own speech (no sound files, nothing leaves
 * the tablet), in the best voice on the tablet (speech.ts). The controls stay hidden when
 * the browser cannot speak; when it has no voice, the status line says so.
 *
 * The page's main text is read one sentence at a time (Chrome stops a long utterance
 * after about 15 seconds), one utterance after another. The part being read is
 * highlighted and scrolled into view. Buttons, navigation, hidden meanings and
 * anything marked `data-read-aloud="skip"` are not read.
 *
 * Its words come from the page (`data-words` on the controls, in the page's language, from
 * PageTools), so a guide page loads no words catalog before the first tap.
 */
import { readableChunks, type Chunk } from './readable-text';
import { speechEngine, utterance as spokenWith, withVoice } from './speech';

/** The class that highlights what is being read. */
const READING_CLASS = 'wb-reading';

type State = 'idle' | 'reading' | 'paused';

/** The words the controls show (catalog keys); PageTools puts them on the page. */
export const readAloudWords = [
  'learn.readAloud',
  'learn.readAgain',
  'learn.pause',
  'learn.resume',
  'learn.reading',
  'learn.paused',
  'learn.stopped',
  'learn.finished',
  'learn.readFailed',
  'learn.noVoice',
] as const;
type ReadAloudWord = (typeof readAloudWords)[number];

/** Starts the read-aloud controls marked `data-read-aloud-controls`, if this browser can speak. */
export function startReadAloud(): void {
  const controls = document.querySelector<HTMLElement>('[data-read-aloud-controls]');
  const main = document.querySelector<HTMLElement>('main');
  if (!controls || !main) return;
  const engine = speechEngine();
  if (!engine) return;
  const synth: SpeechSynthesis = engine;
  const words = JSON.parse(controls.dataset['words'] ?? '{}') as Partial<Record<ReadAloudWord, string>>;
  const t = (key: ReadAloudWord): string => words[key] ?? key;

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
  /** The voice chosen when reading starts (withVoice in speech.ts). */
  let voice: SpeechSynthesisVoice | null = null;
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
    if (!voice) return;
    highlight(chunk.element);
    const utterance = spokenWith(chunk.text, voice);
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
    const id = run;
    withVoice(
      synth,
      (chosen) => {
        voice = chosen;
        speakNext(id);
      },
      () => {
        if (id !== run) return;
        halt();
        show('idle', t('learn.noVoice'));
      },
    );
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
