import { css } from 'lit';

export const languageToggleStyles = css`
  /*
   * Block-level, so that a theme's content column holds it as it holds a paragraph (a column that centres
   * its children with auto margins cannot move an inline-block); a flex container, so that its buttons
   * sit at the start of that line in the page's direction, as an inline toggle did. A page centres them
   * with justify-content on the element, or puts the toggle in a line of text with display: inline-block.
   */
  :host {
    display: flex;
  }
  [part~='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
  }
  /* The pressed state is shown by weight and a bar in the accent colour, never by a fill, so that the
     text keeps the host page's own contrast whatever accent a site picks. */
  [aria-pressed='true'] {
    font-weight: 700;
    border-color: var(--_accent);
    box-shadow: inset 0 -0.1875em 0 var(--_accent);
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
