/**
 * Typing for Alpine components written as plain objects: `this` inside the methods is
 * the component's own data plus Alpine's magics (Alpine calls the methods that way).
 */

/** The Alpine magics the components use. */
export interface AlpineMagics {
  /** The element the current expression is on (the component's root only in `init`). */
  $el: HTMLElement;
  /** The component's root element. */
  $root: HTMLElement;
  $refs: Record<string, HTMLElement | undefined>;
  $watch: (name: string, callback: () => void) => void;
}

/** Returns the component object as it is, typing `this` in its methods. */
export function defineComponent<T extends object>(component: T & ThisType<T & AlpineMagics>): T {
  return component;
}

/**
 * For a component nested in another: `this` also reaches the parent's data `S` (Alpine
 * merges the scopes). Use as `defineChildComponent<{ values: FormValues }>()({ … })`.
 */
export function defineChildComponent<S extends object>() {
  return <T extends object>(component: T & ThisType<T & S & AlpineMagics>): T => component;
}
