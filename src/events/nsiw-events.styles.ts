import { css } from 'lit';

export const eventsStyles = css`
  :host {
    --_min-height: var(--nsiw-events-min-height);
    /* An event is some 11em tall (title, date, place, links); without a limit of fewer, five of them fill a first screen. */
    --_loading-height: calc(var(--_rows, 5) * 11em);
  }
  :host([limit='1']) {
    --_rows: 1;
  }
  :host([limit='2']) {
    --_rows: 2;
  }
  :host([limit='3']) {
    --_rows: 3;
  }
  :host([limit='4']) {
    --_rows: 4;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    padding-block: var(--_gap);
    border-block-end: 1px solid var(--_border);
  }
  /*
   * Events off screen are laid out and painted only when scrolled to; until then they hold their
   * estimated height, then their own. Not the first ten, on screen at first: the browser would give
   * them the estimate for a frame and then their own height, a shift of its own.
   */
  .event:nth-child(n + 11) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 10.5em;
    /* Paint containment would clip the focus ring of a link at the edge of the event. */
    overflow-clip-margin: 0.5em;
  }
  .event:first-child {
    padding-block-start: 0;
  }
  .event > * {
    margin: 0.25em 0 0;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .cancelled .title {
    text-decoration: line-through;
  }
  .status {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .when {
    font-weight: 600;
  }
  .zone,
  .meta,
  .place {
    color: var(--_muted);
  }
  .zone {
    font-weight: 400;
    font-size: 0.875em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  /* An organizer of one long word (a compound, a hostile feed's endless one) breaks inside its line. */
  .meta > * {
    min-inline-size: 0;
  }
  .type {
    font-weight: 600;
  }
  .show-more {
    margin-block-start: var(--_gap);
  }
  @media print {
    a {
      color: inherit;
    }
  }
`;
