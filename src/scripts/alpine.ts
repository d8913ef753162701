/**
 * Starts Alpine (CSP build: no eval; components are registered by name) with the
 * components one page uses. Each page's script imports only its own components, so a
 * page never downloads the code of another. Content pages do not use Alpine at all.
 */
import Alpine from '@alpinejs/csp';
// Every Alpine page uses storage: tell it about the forms first (record dates, migrations).
import '~/forms/storage-setup';

/** Registers a component now, before `startAlpine` (for components rendered by a part of a page). */
export function registerComponent(name: string, factory: () => object): void {
  Alpine.data(name, factory);
}

/** Registers these components by name and starts Alpine. */
export function startAlpine(components: Record<string, () => object>): void {
  for (const [name, factory] of Object.entries(components)) Alpine.data(name, factory);
  Alpine.start();
}
