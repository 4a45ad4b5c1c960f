import { css } from 'lit';

/**
 * Under forced colours the browser would paint every tab's bar, a transparent one too, in the same system
 * colour: the tabs keep their own bars (`forced-color-adjust: none`; their text and background are the
 * forced ones they inherit), and the selected one is marked in Highlight and bold.
 */
export const infoTabsStyles = css`
  :host {
    --_min-height: var(--nsiw-info-tabs-min-height);
    /* A row of tabs and a panel of a few paragraphs. */
    --_loading-height: 18em;
  }
  .sizer {
    block-size: 0;
  }

  [role='tablist'] {
    display: flex;
    column-gap: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  :host([layout='tabs']) [role='tablist'] {
    flex-wrap: wrap;
  }
  [role='tab'] {
    flex: none;
    margin-block-end: -1px;
    border: 0;
    border-block-end: var(--nsiw-tab-indicator-width, 3px) solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    white-space: nowrap;
    transition: border-color 0.15s ease-out, background-color 0.15s ease-out;
  }
  :host([layout='tabs']) [role='tab'] {
    flex: 0 1 auto;
    white-space: normal;
  }
  [role='tab']:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent);
    font-weight: var(--nsiw-tab-selected-font-weight, inherit);
  }
  [role='tab']:focus-visible,
  .section-button:focus-visible {
    outline-offset: -2px;
  }
  [role='tabpanel'] {
    padding-block: var(--_gap);
  }
  [role='tabpanel']:focus-visible {
    outline-offset: 2px;
  }

  .section-heading {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
  }
  .section-button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
    inline-size: 100%;
    border: 0;
    border-block-end: 1px solid var(--_border);
    border-radius: 0;
    text-align: start;
    font-weight: 600;
  }
  .section-button::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-block-start: -0.25em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s ease-out;
  }
  .section-button[aria-expanded='true']::after {
    margin-block-start: 0.25em;
    transform: rotate(225deg);
  }
  [role='region'] {
    padding-block: 0.5em var(--_gap);
    border-block-end: 1px solid var(--_border);
  }

  [part~='panel'] > :first-child,
  ::slotted(details) {
    margin-block-start: 0;
  }
  [part~='panel'] > :last-child {
    margin-block-end: 0;
  }
  ::slotted(details) {
    display: block;
    margin: 0;
    padding: 0;
    border: 0;
  }

  @media (forced-colors: active) {
    [role='tab'] {
      forced-color-adjust: none;
    }
    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
      font-weight: 700;
    }
  }

  /* Printed, or rendered by a server for a visitor without JavaScript: every panel, each under its title. */
  @media print, (scripting: none) {
    [part~='panel'][hidden] {
      display: block;
    }
    [part~='panel']::before {
      content: attr(data-title);
      display: block;
      font-weight: 700;
      break-after: avoid;
    }
    [role='tablist'] {
      display: none;
    }
  }
`;
