/** The keys that move to the next and the previous control: the arrows along the row or the column. */
export interface NavigationKeys {
  next: string;
  previous: string;
}

/** Tabs in a row, as laid out: on a right-to-left row, Left moves on. */
export function rowKeys(rightToLeft: boolean): NavigationKeys {
  return rightToLeft ? { next: 'ArrowLeft', previous: 'ArrowRight' } : { next: 'ArrowRight', previous: 'ArrowLeft' };
}

/** Accordion buttons, one above the other. */
export const COLUMN_KEYS: NavigationKeys = { next: 'ArrowDown', previous: 'ArrowUp' };

/**
 * The index a key press moves to among `count` controls from `current`, as the WAI-ARIA APG tabs and
 * accordion patterns have it: `next` and `previous` wrap, Home and End go to the ends; `undefined` for a
 * key that moves nothing, and for any key with Alt, Control or Meta (the browser's and the system's).
 */
export function navigationTarget(
  key: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean },
  current: number,
  count: number,
  keys: NavigationKeys,
): number | undefined {
  if (key.altKey || key.ctrlKey || key.metaKey || count === 0) return undefined;
  switch (key.key) {
    case keys.next:
      return (current + 1) % count;
    case keys.previous:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
