import { css } from 'lit';

export const workshopCardStyles = css`
  :host {
    --_min-height: var(--nsiw-workshop-card-min-height);
    /* The card's shape: number, title, date, place and links. */
    --_loading-height: 18em;
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
  .card {
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
  .next {
    border-width: 2px;
    color: var(--_accent);
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
