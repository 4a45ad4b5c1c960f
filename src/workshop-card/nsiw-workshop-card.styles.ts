import { css } from 'lit';

export const workshopCardStyles = css`
  :host {
    --_min-height: var(--nsiw-workshop-card-min-height);
    /* The card's shape: number, title, date, place and links. */
    --_loading-height: 18em;
    /* The band that marks the next workshop (below); the series keeps its room in every card. */
    --_next-band: 1.75em;
  }
  .state-detail {
    display: block;
    font-size: 0.875em;
  }
  /* A card stretched by its container (a row of the series) fills it, so that cards in a row line up. */
  [part~='base'],
  .card {
    box-sizing: border-box;
    block-size: 100%;
  }
  /*
   * A column whose links and calendar button sit at its foot, so that in a row of cards stretched to one
   * height (the series, a page's grid) they line up.
   */
  .card {
    display: flex;
    flex-direction: column;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card > * {
    margin: 0.375em 0 0;
  }
  .card > :first-child {
    margin-block-start: 0;
  }
  /* The space above the foot is the card's spare height, and at least the space between its lines. */
  .programme,
  .actions {
    margin-block-start: auto;
    padding-block-start: 0.375em;
  }
  .programme ~ .actions {
    margin-block-start: 0;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }
  .badge {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 600;
  }
  /*
   * "Next in the series" is a band across the top of the card, in room the card keeps for it (the series
   * keeps the same room in its other cards), not a badge in the row: there it would wrap onto a line of
   * its own in a card of a row and push the date below its neighbours'. Tinted, not filled, so that it
   * reads on any page's background.
   */
  .card {
    position: relative;
  }
  .card:has(.next) {
    padding-block-start: calc(var(--_gap) + var(--_next-band));
  }
  .next {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    padding: 0 var(--_gap);
    /* In the band's own em, its font being 0.875 of the card's. */
    line-height: calc(var(--_next-band) / 0.875);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    border: 0;
    border-block-end: 2px solid var(--_accent);
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
    color: var(--_accent);
    font-weight: 700;
  }
  .past .status {
    color: var(--_muted);
  }
  .when {
    font-weight: 600;
  }
  .place,
  .host,
  .to-be-announced {
    color: var(--_muted);
  }
  .description > * {
    margin: 0.5em 0 0;
  }
  .description ul {
    padding-inline-start: 1.25em;
  }
  .programme a {
    display: inline-block;
    padding-block: 0.25em;
  }
  @media print {
    .card {
      break-inside: avoid;
    }
    a {
      color: inherit;
    }
  }
`;
