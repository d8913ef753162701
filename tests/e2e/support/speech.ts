/**
 * A fake speech engine for read-aloud tests: records each utterance's text, its voice and
 * what was highlighted when it was spoken, and "finishes" each one after
 * `window.__speechDelay` ms (asynchronously). `voices` are what `getVoices()` gives;
 * with `lateVoices` they arrive with a `voiceschanged` event, as in Chrome.
 */
import type { Page } from '@playwright/test';

/** One thing the page asked the engine to say. */
export interface Spoken {
  text: string;
  highlighted: string;
  voice: string;
}

/** A voice the fake engine offers. */
interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** Two English voices: one over the internet (the default), one on the tablet. */
const tabletVoices: FakeVoice[] = [
  { name: 'Online English', lang: 'en-US', localService: false, default: true },
  { name: 'Tablet English', lang: 'en-US', localService: true, default: false },
];

export async function fakeSpeech(page: Page, options: { delay: number; voices?: FakeVoice[]; lateVoices?: boolean }): Promise<void> {
  await page.addInitScript(({ delay, voices, lateVoices }) => {
    interface Utterance { text: string; voice: { name: string } | null; onend: ((e: unknown) => void) | null; onerror: ((e: unknown) => void) | null }
    const w = window as unknown as Record<string, unknown>;
    const spoken: { text: string; highlighted: string; voice: string }[] = [];
    w['__spoken'] = spoken;
    w['__speechDelay'] = delay;
    let current: Utterance | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let known = lateVoices ? [] : voices;
    const listeners = new Set<() => void>();
    const synth = {
      speaking: false,
      paused: false,
      pending: false,
      schedule() {
        const u = current;
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (synth.paused || current !== u || !u) return;
          current = null;
          synth.speaking = false;
          u.onend?.({});
        }, w['__speechDelay'] as number);
      },
      speak(u: Utterance) {
        spoken.push({ text: u.text, voice: u.voice?.name ?? '', highlighted: document.querySelector('.wb-reading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '' });
        current = u;
        synth.speaking = true;
        if (!synth.paused) synth.schedule();
      },
      cancel() {
        const u = current;
        const log = JSON.parse(sessionStorage.getItem('cancels') ?? '[]') as string[];
        log.push(document.querySelector<HTMLElement>('[data-read-aloud-controls]')?.dataset['state'] ?? 'none');
        sessionStorage.setItem('cancels', JSON.stringify(log));
        current = null;
        clearTimeout(timer);
        synth.speaking = false;
        synth.paused = false;
        if (u) setTimeout(() => u.onerror?.({ error: 'interrupted' }), 0);
      },
      pause() { synth.paused = true; clearTimeout(timer); },
      resume() { synth.paused = false; if (current) synth.schedule(); },
      getVoices() { return known; },
      addEventListener(_type: string, listener: () => void) { listeners.add(listener); },
      removeEventListener(_type: string, listener: () => void) { listeners.delete(listener); },
    };
    if (lateVoices) {
      setTimeout(() => {
        known = voices;
        for (const listener of [...listeners]) listener();
      }, 50);
    }
    class FakeUtterance { text: string; lang = ''; rate = 1; volume = 1; voice = null; onend = null; onerror = null; constructor(text: string) { this.text = text; } }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  }, { delay: options.delay, voices: options.voices ?? tabletVoices, lateVoices: options.lateVoices ?? false });
}

/** What the page has said so far, leaving out the silent utterance a first tap makes (see page-help.ts). */
export const spoken = (page: Page): Promise<Spoken[]> =>
  page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken.filter((s) => s.text.trim() !== ''));
