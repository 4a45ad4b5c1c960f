import { css } from 'lit';

/**
 * Styles every element shares: the host inherits the page's font and colours, focus is always
 * visible, motion is reduced on request, and the loading / empty / error states look alike everywhere.
 *
 * In other people's pages (docs/embedding.md, "In other people's pages"): secondary text keeps the
 * page's own colour (hierarchy is by size and weight, so it is never less readable than the page's
 * text); spacing and targets are in `em`, of the text the widget shows, not of the page's root; a word
 * breaks only where it would overflow its line, never to make a squeezed flex item narrower than it;
 * text starts at the start, whatever the page justifies; and the text runs left to right
 * (`dir="ltr"` on the base part), on right-to-left pages too; the host's own `dir="rtl"` (not a page's,
 * an ancestor's) lays it out right to left.
 */
export const baseStyles = css`
  :host {
    display: block;
    --_accent: var(--nsiw-accent, currentColor);
    --_muted: var(--nsiw-muted, currentColor);
    --_border: var(--nsiw-border, color-mix(in srgb, currentColor 25%, transparent));
    --_radius: var(--nsiw-radius, 0.25em);
    --_gap: var(--nsiw-gap, 1em);
    --_focus: var(--nsiw-focus-ring, 2px solid currentColor);
    overflow-wrap: break-word;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * A height set by the page (each element passes its --nsiw-<element>-min-height as --_min-height) is
   * held from the moment the element is on the page: also before its first render, which waits for the
   * page locale's translations. The page's own rule on the tag (nsiw-…:not(:defined)) holds it before
   * the script has loaded. While it loads, an element also reserves its own default, --_loading-height:
   * its estimate of the content's height, so that a page whose script defines the elements before its
   * first paint (blocking="render", or a bundle) does not move when the feed arrives.
   */
  :host {
    min-block-size: var(--_min-height, auto);
  }
  /* From the connection on (see FeedController); a browser without custom states holds only the page's height. */
  :host(:state(loading)) {
    min-block-size: var(--_min-height, var(--_loading-height, auto));
  }
  [part~='base'][aria-busy='true'] {
    min-block-size: inherit;
  }
  .loading {
    min-block-size: inherit;
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      color-scheme: dark;
      background: var(--nsiw-dark-background, #111);
      color: var(--nsiw-dark-color, #f5f5f5);
      padding: var(--_gap);
      border-radius: var(--_radius);
    }
  }
  :host([dir='rtl']) [part~='base'] {
    direction: rtl;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.375em 0.875em;
    min-block-size: 2.75em;
    cursor: pointer;
  }
  /* An item's row of links and its add-to-calendar menu (element/item-templates.ts, calendar/calendar-menu.ts). */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .actions a {
    display: inline-block;
    padding-block: 0.25em;
  }
  /*
   * Below the row, whatever comes after the button in it: a framed list of the calendars, one a line, as
   * wide as its longest name (and no wider than the row).
   */
  .calendar-menu {
    order: 1;
    flex-basis: 100%;
    display: grid;
    grid-template-columns: minmax(0, max-content);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .calendar-menu[hidden] {
    display: none;
  }
  .calendar-menu li {
    border: 1px solid var(--_border);
    border-block-start-width: 0;
  }
  .calendar-menu li:first-child {
    border-block-start-width: 1px;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .calendar-menu li:last-child {
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .calendar-menu a {
    display: block;
    padding: 0.625em 0.875em;
    text-decoration: none;
  }
  .calendar-menu a:hover {
    text-decoration: underline;
  }
  .calendar-menu a:focus-visible {
    outline-offset: -2px;
  }
  .calendar {
    display: contents;
  }
  .subscribe {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    margin: 0;
    padding: var(--_gap) 0;
    color: var(--_muted);
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_gap);
    color: inherit;
  }
  .error p {
    margin: 0;
  }
  .error-detail {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    button,
    .actions,
    .subscribe,
    .no-print {
      display: none;
    }
    .title {
      break-after: avoid;
    }
  }
`;
