/**
 * A module loaded on first use, once per page, as its own chunk: `module` is `undefined` while it loads
 * (or before anything asked for it) and `null` if it could not be loaded, so that what needs it can go
 * without it (an element without its add-to-calendar links) rather than without its content.
 */
export interface LazyModule<M> {
  readonly module: M | null | undefined;
  /** Starts loading, once; settles (never rejects) when the module is loaded or has failed to load. */
  load(): Promise<M | null>;
}

/** `load` is a dynamic `import()`, which the bundler makes a chunk of its own. */
export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let module: M | null | undefined;
  let loading: Promise<M | null> | undefined;
  return {
    get module() {
      return module;
    },
    load: () =>
      (loading ??= load().then(
        (loaded) => (module = loaded),
        () => (module = null),
      )),
  };
}
