/**
 * Choosing the voice that reads aloud, headless (the browser's speech engine is passed in,
 * so this is unit tested in Node).
 *
 * Browsers fill their voice list late: Chrome returns [] from `getVoices()` until it fires
 * `voiceschanged`; Safari on iPad may have the list at once. A tablet with no voice at all
 * may never fire the event, so the wait ends after `patience` ms and the list is taken as
 * it is (empty means: this tablet cannot read aloud, and the page says so in words).
 */

/** What the workbook needs of a voice (a `SpeechSynthesisVoice`). */
export interface VoiceLike {
  lang: string;
  /** True for a voice on the tablet itself: it works offline and sends no text anywhere. */
  localService: boolean;
  default: boolean;
}

/** What the workbook needs of `window.speechSynthesis` to find voices. */
export interface VoiceSource<V extends VoiceLike> {
  getVoices(): V[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** How long to wait for the voice list, in ms, when the browser has none yet. */
const VOICE_PATIENCE = 1500;

/**
 * The voices, once the browser has them: at once when it has them already, else after
 * its first `voiceschanged` event, else after `patience` ms ([] then: no voice).
 */
export function voicesReady<V extends VoiceLike>(source: VoiceSource<V>, patience = VOICE_PATIENCE): Promise<V[]> {
  const now = source.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      source.removeEventListener('voiceschanged', done);
      resolve(source.getVoices());
    };
    const timer = setTimeout(done, patience);
    source.addEventListener('voiceschanged', done);
  });
}

/**
 * The best voice for a page in `lang` ("en", "en-US"): a voice on the tablet before one
 * that needs the internet, the same language and country before the same language only,
 * and the browser's default before others. Undefined when no voice speaks the language.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = lang.toLowerCase().replace('_', '-');
  const base = wanted.split('-')[0] ?? wanted;
  const langOf = (voice: V): string => voice.lang.toLowerCase().replace('_', '-');
  const score = (voice: V): number => {
    const own = langOf(voice);
    if (own !== base && !own.startsWith(`${base}-`)) return -1;
    return (voice.localService ? 4 : 0) + (own === wanted || own.startsWith(`${wanted}-`) ? 2 : 0) + (voice.default ? 1 : 0);
  };
  let best: V | undefined;
  let bestScore = -1;
  for (const voice of voices) {
    const s = score(voice);
    if (s > bestScore) {
      best = voice;
      bestScore = s;
    }
  }
  return best;
}
