/**
 * Display settings: text size and colour theme, kept in `localStorage` under
 * `wb.settings` so the small inline script in the page head
 * (`src/scripts/early-settings.js`) can apply them before the first paint.
 * The lists here and in that script must match; a unit test checks it.
 */

/** Colour themes. `auto` follows the system's light or dark setting. */
export const themes = ['auto', 'light', 'dark', 'high-contrast'] as const;
/** Text sizes, smallest first. */
export const textSizes = ['normal', 'large', 'largest'] as const;

export type Theme = (typeof themes)[number];
export type TextSize = (typeof textSizes)[number];
export interface Settings { theme: Theme; textSize: TextSize }

/** The key in localStorage. */
export const SETTINGS_KEY = 'wb.settings';
/** What a new device starts with. */
export const defaultSettings: Settings = { theme: 'auto', textSize: 'normal' };

/** Reads settings from a JSON string, keeping only known values. */
export function parseSettings(json: string | null): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? '{}');
  } catch {
    raw = {};
  }
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const theme = themes.find((t) => t === value['theme']) ?? defaultSettings.theme;
  const textSize = textSizes.find((s) => s === value['textSize']) ?? defaultSettings.textSize;
  return { theme, textSize };
}

/**
 * Loads settings from this device. Never throws: where the browser refuses storage even
 * reading `localStorage` throws a SecurityError, so it is read inside the `try` (a default
 * parameter `= localStorage` would be evaluated outside it).
 */
export function loadSettings(storage?: Pick<Storage, 'getItem'>): Settings {
  try {
    return parseSettings((storage ?? localStorage).getItem(SETTINGS_KEY));
  } catch {
    return { ...defaultSettings };
  }
}

/**
 * Saves settings on this device and applies them to the page.
 * @returns false when the browser would not store them (they still apply until reload).
 */
export function saveSettings(settings: Settings, root: HTMLElement = document.documentElement): boolean {
  root.dataset['theme'] = settings.theme;
  root.dataset['textSize'] = settings.textSize;
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
