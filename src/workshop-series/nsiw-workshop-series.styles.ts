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
`;
