/**
 * What a "Listen" button reads, and the reading itself. Loaded on the first tap of a
 * "Listen" button (page-help.ts), so pages do not carry it until someone wants it.
 *
 * A button beside a question (inside its `[data-field]`) reads the question, its hint, an
 * error if one shows, then the choices with their numbers. A button with
 * `data-listen="<id>"` reads the element with that id, like the guide's "Read this page
 * aloud". Tapping the button again stops. Where the tablet has no voice, the words beside
 * the button say so. One thing is read at a time: another button stops the first.
 */
import { t } from '~/i18n/learn';
import { questionSpeech } from '~/lib/read-aloud/field-speech';
import { readableChunks, shownText, type Chunk } from './readable-text';
import { speechEngine, utterance, withVoice } from './speech';

/** The class that highlights what is being read (shared with the guide's read-aloud). */
const READING_CLASS = 'wb-reading';

/** The reading going on now, if any. */
let active: { button: HTMLButtonElement; stop: () => void } | null = null;

const labelOf = (button: HTMLButtonElement): HTMLElement | null => button.querySelector('span');

/** The words beside the button (a status line, made on the first tap: a long form has many buttons). */
function statusOf(button: HTMLButtonElement): HTMLElement {
  const next = button.nextElementSibling;
  if (next instanceof HTMLElement && next.classList.contains('wb-listen__status')) return next;
  const status = document.createElement('span');
  status.className = 'wb-listen__status';
  status.setAttribute('role', 'status');
  button.after(status);
  return status;
}

/** True when `element` is on screen (not `display: none`, not hidden). */
const shown = (element: Element | null): element is HTMLElement => element instanceof HTMLElement && element.getClientRects().length > 0;

/** The pieces of one question: question, hint, error, choices (see field-speech.ts). */
function questionChunks(field: HTMLElement): Chunk[] {
  const part = (selector: string) => {
    const element = field.querySelector(selector);
    return shown(element) ? { element, text: shownText(element) } : undefined;
  };
  const question = part(':scope > legend, :scope > .wb-label');
  if (!question) return [];
  const text = (choice: Element, selector: string): string => {
    const element = choice.querySelector(selector);
    return shown(element) ? shownText(element) : '';
  };
  const choices = [...field.querySelectorAll('.wb-choice')].filter(shown).map((element) => ({
    element,
    number: text(element, '.wb-choice__number'),
    label: text(element, '.wb-choice__label'),
    hint: text(element, '.wb-choice__hint'),
  }));
  return questionSpeech({ question, hint: part(':scope > .wb-hint'), error: part(':scope > .wb-error'), choices });
}

/** What `button` reads. */
function chunksFor(button: HTMLButtonElement): Chunk[] {
  const target = button.dataset['listen'];
  if (target) {
    const element = document.getElementById(target);
    return element ? readableChunks(element) : [];
  }
  const field = button.closest<HTMLElement>('[data-field]');
  return field ? questionChunks(field) : [];
}

/** Reads what `button` stands for, or stops when it is reading already. */
export function listen(button: HTMLButtonElement): void {
  const again = active?.button === button;
  active?.stop();
  if (again) return;
  const status = statusOf(button);
  // A new status line is announced only when its words change after it is on the page.
  const say = (message: string): void => {
    requestAnimationFrame(() => {
      status.textContent = message;
    });
  };
  const synth = speechEngine();
  if (!synth) {
    say(t('learn.noVoice'));
    return;
  }
  const chunks = chunksFor(button);
  const label = labelOf(button);
  /** The button's own words ("Listen"), back when reading ends. */
  const words = label?.textContent ?? '';
  let highlighted: HTMLElement | null = null;
  let stopped = false;
  const highlight = (element: HTMLElement | null): void => {
    highlighted?.classList.remove(READING_CLASS);
    highlighted = element;
    element?.classList.add(READING_CLASS);
    element?.scrollIntoView({ block: 'nearest' });
  };
  const finish = (message: string): void => {
    if (stopped) return;
    stopped = true;
    if (active?.button === button) active = null;
    highlight(null);
    if (label) label.textContent = words;
    say(message);
  };
  active = {
    button,
    stop: () => {
      finish('');
      synth.cancel();
    },
  };
  if (label) label.textContent = t('learn.listenStop');
  say('');

  withVoice(
    synth,
    (voice) => {
      const next = (index: number): void => {
        if (stopped) return;
        const chunk = chunks[index];
        if (!chunk) {
          finish('');
          return;
        }
        highlight(chunk.element);
        const spoken = utterance(chunk.text, voice);
        spoken.onend = () => next(index + 1);
        spoken.onerror = (event) => {
          if (event.error !== 'interrupted' && event.error !== 'canceled') finish(t('learn.listenFailed'));
        };
        // Kept on the button so the browser does not drop it before it ends (a Chrome bug).
        keep.set(button, spoken);
        synth.speak(spoken);
      };
      next(0);
    },
    () => finish(t('learn.noVoice')),
  );
}

/** The utterance each button is saying. */
const keep = new WeakMap<HTMLButtonElement, SpeechSynthesisUtterance>();

// Speech would go on after leaving the page; stop it.
addEventListener('pagehide', () => active?.stop());
