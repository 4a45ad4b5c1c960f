const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, object, embed, ' +
  'audio[controls], video[controls], summary, [contenteditable]:not([contenteditable="false"]), [tabindex]';

/**
 * Whether the first thing a reader meets in `root` (leaving out `skip` and what it holds) can take focus:
 * a link, a form field. The APG tabs pattern makes a panel focusable unless so: otherwise Tab from the tab
 * would skip the text before the first focusable element, or find nothing at all.
 */
export function startsWithFocusable(root: Node, skip: Element | null): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) =>
    node === skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.matches(FOCUSABLE) && (node as HTMLElement).tabIndex >= 0) return true;
    } else if (node.textContent?.trim()) {
      return false;
    }
  }
  return false;
}
