import { css } from 'lit';

/** An item (`li`) may be narrower than its longest word (a long URL in a title): the word breaks, the grid stays. */
export const workshopSeriesStyles = css`
  :host {
    --_min-height: var(--nsiw-workshop-series-min-height);
    /* Three workshops, the network's usual series, one under the other. */
    --_loading-height: 54em;
  }
  ol {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nsiw-workshop-series-column, 18em)), 1fr));
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    min-inline-size: 0;
  }
  /* The room the next workshop's band takes at the top of its card, in every card: their dates line up. */
  ol:has(> [part~='item-next']) nsiw-workshop-card:not([next])::part(card) {
    padding-block-start: calc(var(--_gap) + var(--_next-band));
  }
  /* A right-to-left series has right-to-left cards (each pins its own direction otherwise). */
  :host([dir='rtl']) nsiw-workshop-card::part(base) {
    direction: rtl;
  }
`;
