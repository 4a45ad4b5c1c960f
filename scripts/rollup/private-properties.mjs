/**
 * What terser shortens in the CDN build, by Lit's own convention (lit/lit's rollup-common.js): a property
 * whose name starts with `_` is private to the file it is in. The library's TypeScript `private` members
 * are named so (`@typescript-eslint/naming-convention` holds to it). A lazy chunk is minified on its own,
 * which is safe because a private member is only used inside its class, and a class lives in one module.
 *
 * Never shortened: Lit's stable names, `_$…` (`_$litType$`, `_$litElement$`, `_$AH` …), which other copies
 * of Lit and Lit's hydration support read; and the table below, the other properties starting with `_` in
 * the packages the CDN build bundles, found once in its unminified output: @lit/localize's (its locale
 * runtime's promise and its controllers' listener; Lit, valibot and tslib bring none) and JavaScript's own.
 */
export const privateProperties = {
  regex: /^_(?!\$)/,
  reserved: ['__litLocalizeEventHandler', '_reject', '_resolve', '__proto__'],
};
