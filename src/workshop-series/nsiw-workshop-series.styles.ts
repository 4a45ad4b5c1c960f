import { css } from 'lit';

export const workshopSeriesStyles = css`
  [part='base'] {
    min-block-size: var(--nsiw-workshop-series-min-height, 12rem);
  }
  [part='base'][aria-busy='false'] {
    min-block-size: 0;
  }
  .loading {
    min-block-size: inherit;
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
