import { css } from 'lit';

export const workshopSeriesStyles = css`
  :host {
    --_min-height: var(--nsiw-workshop-series-min-height);
    --_loading-height: 12rem;
  }
  ol {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nsiw-workshop-series-column, 18rem)), 1fr));
    gap: var(--_gap);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
  }
`;
