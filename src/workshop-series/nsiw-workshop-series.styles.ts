import { css } from 'lit';

/** An item (`li`) may be narrower than its longest word (a long URL in a title): the word breaks, the grid stays. */
export const workshopSeriesStyles = css`
  /*
   * A height set by the page is held from the moment the element is on the page: also before its first
   * render, which waits for the page locale's translations. The page's own rule on the tag
   * (nsiw-…:not(:defined)) holds it before the script has loaded.
   */
  :host {
    min-block-size: var(--nsiw-workshop-series-min-height, auto);
  }
  [part='base'] {
    min-block-size: var(--nsiw-workshop-series-min-height, 12em);
  }
  [part='base'][aria-busy='false'] {
    min-block-size: 0;
  }
  .loading {
    min-block-size: inherit;
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
