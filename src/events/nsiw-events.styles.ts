import { css } from 'lit';

export const eventsStyles = css`
  /*
   * A height set by the page is held from the moment the element is on the page: also before its first
   * render, which waits for the page locale's translations. The page's own rule on the tag
   * (nsiw-…:not(:defined)) holds it before the script has loaded.
   */
  :host {
    min-block-size: var(--nsiw-events-min-height, auto);
  }
  [part='base'] {
    min-block-size: var(--nsiw-events-min-height, 8em);
  }
  [part='base'][aria-busy='false'] {
    min-block-size: 0;
  }
  .loading {
    min-block-size: inherit;
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
  .type {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .actions a {
    display: inline-block;
    padding-block: 0.25em;
  }
  @media print {
    .actions {
      display: none;
    }
    a {
      color: inherit;
    }
  }
`;
