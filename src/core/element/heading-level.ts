/** The heading level used when an element is given none, or one it cannot use. */
export const DEFAULT_HEADING_LEVEL = 3;

/**
 * The heading level an element's `heading-level` asks for, so that its headings fit the host page's
 * outline: a whole number from 2 to 6. Anything else (1, which belongs to the page's own title; 7, which
 * ARIA does not know; `NaN` from `heading-level="two"`; a missing attribute) means 3.
 */
export function resolveHeadingLevel(requested: unknown): number {
  return typeof requested === 'number' && Number.isInteger(requested) && requested >= 2 && requested <= 6
    ? requested
    : DEFAULT_HEADING_LEVEL;
}
