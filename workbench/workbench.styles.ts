import { css } from 'lit';

export const workbenchStyles = css`
  :host {
    display: block;
    --workbench-border: color-mix(in srgb, currentColor 35%, transparent);
    --workbench-accent: #0b5cad;
  }
  .workbench {
    max-width: 90rem;
    margin: 0 auto;
    padding: 0 1rem 3rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
    justify-content: space-between;
  }
  h1 {
    margin: 0.75rem 0;
    font-size: 1.6rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 1.5rem 0 0.5rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 1rem 0 0.5rem;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr));
    gap: 1.5rem;
  }
  .column {
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  .required {
    font-weight: normal;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
    box-sizing: border-box;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    display: block;
    width: 100%;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--workbench-border);
    border-radius: 0.25rem;
    background: Field;
    color: FieldText;
  }
  textarea {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.9rem;
    line-height: 1.5;
  }
  #feed-text {
    min-height: 24rem;
    resize: vertical;
  }
  button {
    padding: 0.4rem 0.8rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    background: ButtonFace;
    color: ButtonText;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--workbench-accent);
    outline-offset: 2px;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.25rem;
    align-items: end;
    margin-block-end: 0.75rem;
  }
  .controls .field {
    flex: 1 1 12rem;
  }
  .field,
  .language {
    margin-block: 0.4rem;
  }
  .open-url {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.5rem;
    align-items: end;
  }
  .open-url label {
    grid-column: 1 / -1;
  }
  .actions,
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  fieldset {
    border: 1px solid var(--workbench-border);
    border-radius: 0.25rem;
    margin: 0.5rem 0;
    padding: 0.25rem 0.75rem 0.5rem;
  }
  .check {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    margin: 0.25rem 1rem 0.25rem 0;
  }
  .check label {
    font-weight: normal;
  }
  details.item {
    border: 1px solid var(--workbench-border);
    border-radius: 0.25rem;
    padding: 0.25rem 0.75rem;
    margin-block: 0.5rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.25rem;
  }
  .mark {
    color: #a4000f;
  }
  .problems {
    padding: 0;
    list-style: none;
  }
  .problem {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
    padding: 0.4rem 0;
    border-block-end: 1px solid var(--workbench-border);
  }
  .problem code,
  .item code {
    overflow-wrap: anywhere;
  }
  .hint {
    margin: 0.25rem 0 0;
    font-size: 0.9rem;
  }
  .invalid {
    color: #a4000f;
  }
  .status:empty {
    display: none;
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .status,
  .notice,
  .offer {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--workbench-accent);
  }
  .notice,
  .offer {
    margin-block: 0.5rem;
    border-inline-start-color: #a4000f;
  }
  .offer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .offer p {
    flex: 1 1 100%;
    margin: 0;
  }
  .frame-box {
    overflow-x: auto;
    border: 1px solid var(--workbench-border);
    border-radius: 0.25rem;
    margin-block: 0.5rem;
  }
  iframe {
    display: block;
    width: 100%;
    height: 36rem;
    border: 0;
    background: #fff;
  }
  iframe.phone {
    width: 360px;
  }
  #embed-frame {
    height: 22rem;
  }
  #embed-snippet {
    margin-block: 0.25rem 0.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto;
    }
  }
`;
