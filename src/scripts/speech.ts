/**
 * The browser's speech engine, for the guide's "Read this page aloud" and the "Listen"
 * buttons: whether there is one, and which voice to read with (src/lib/read-aloud/voices.ts).
 */
import { pickVoice, voicesReady } from '~/lib/read-aloud/voices';

/** The speech engine, or null when this browser has none. */
export function speechEngine(): SpeechSynthesis | null {
  return 'speechSynthesis' in window && window.speechSynthesis && typeof window.SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null;
}

/**
 * Calls `go` with the best voice for the page's language. When the browser knows its
 * voices already, at once (so the first `speak()` is inside the tap, which Safari on iPad
 * needs); else it says nothing at once (an empty, silent utterance, which is enough for
 * Safari) and calls `go` once the voices are there. Calls
 * `none` when the tablet has no voice for the language, or no voice at all.
 */
export function withVoice(synth: SpeechSynthesis, go: (voice: SpeechSynthesisVoice) => void, none: () => void): void {
  const lang = document.documentElement.lang || 'en';
  const choose = (voices: SpeechSynthesisVoice[]): void => {
    const voice = pickVoice(voices, lang);
    if (voice) go(voice);
    else none();
  };
  const now = synth.getVoices();
  if (now.length > 0) {
    choose(now);
    return;
  }
  // Say nothing now, inside the tap, so Safari on iPad allows the speech that follows.
  const silence = new SpeechSynthesisUtterance('');
  silence.volume = 0;
  synth.speak(silence);
  void voicesReady(synth).then(choose);
}

/** A piece of speech in the page's language, with the chosen voice, a little slower than usual. */
export function utterance(text: string, voice: SpeechSynthesisVoice): SpeechSynthesisUtterance {
  const spoken = new SpeechSynthesisUtterance(text);
  spoken.lang = voice.lang || document.documentElement.lang || 'en';
  spoken.voice = voice;
  spoken.rate = 0.9;
  return spoken;
}
