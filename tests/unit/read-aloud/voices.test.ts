import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickVoice, voicesReady, type VoiceLike, type VoiceSource } from '~/lib/read-aloud/voices';

const voice = (lang: string, localService: boolean, isDefault = false, name = `${lang}-${localService ? 'local' : 'net'}`) => ({ name, lang, localService, default: isDefault });

describe('pickVoice', () => {
  it('prefers a voice on the tablet to one over the internet, even the default one', () => {
    const voices = [voice('en-US', false, true, 'Online'), voice('en-US', true, false, 'Tablet')];
    expect(pickVoice(voices, 'en')?.name).toBe('Tablet');
  });
  it('prefers the page language and country, then the default, and knows en_GB from en-GB', () => {
    const voices = [voice('en_GB', true, false, 'British'), voice('en-US', true, false, 'American'), voice('en-US', true, true, 'Default')];
    expect(pickVoice(voices, 'en-GB')?.name).toBe('British');
    expect(pickVoice(voices, 'en')?.name).toBe('Default');
  });
  it('never picks a voice of another language; none when there is no voice', () => {
    expect(pickVoice([voice('es-ES', true, true), voice('english', true)], 'en')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
  });
});

/** A speech engine whose voices arrive later, like Chrome's. */
function lateSource(later: VoiceLike[]) {
  let list: VoiceLike[] = [];
  const listeners = new Set<() => void>();
  const source: VoiceSource<VoiceLike> = {
    getVoices: () => list,
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const arrive = () => {
    list = later;
    for (const listener of [...listeners]) listener();
  };
  return { source, arrive, listeners };
}

describe('voicesReady', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the voices at once when the browser has them', async () => {
    const { source, arrive } = lateSource([voice('en-US', true)]);
    arrive();
    expect(await voicesReady(source)).toHaveLength(1);
  });

  it('waits for voiceschanged, then stops listening', async () => {
    const { source, arrive, listeners } = lateSource([voice('en-US', true)]);
    const ready = voicesReady(source, 10_000);
    expect(listeners.size).toBe(1);
    arrive();
    expect(await ready).toHaveLength(1);
    expect(listeners.size).toBe(0);
  });

  it('gives up after a while when the tablet has no voice and never says so', async () => {
    vi.useFakeTimers();
    const { source, listeners } = lateSource([]);
    const ready = voicesReady(source, 1500);
    await vi.advanceTimersByTimeAsync(1499);
    expect(listeners.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await ready).toEqual([]);
    expect(listeners.size).toBe(0);
  });
});
