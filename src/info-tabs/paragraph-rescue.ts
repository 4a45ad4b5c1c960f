/**
 * `<nsiw-info-tabs>` pasted inside a `<p>` (what WYSIWYG editors and WordPress's `wpautop` write): the
 * HTML parser closes the paragraph at the first `<details>`, so the element is left empty and its
 * sections follow the paragraph. Takes back the `<details>` right after the paragraph, and says once in
 * the console what happened and how to avoid it. Loaded on demand, only for an element inside a `<p>`.
 */
export function adoptSectionsMovedOut(host: HTMLElement): void {
  const paragraph = host.parentElement;
  if (!paragraph || host.children.length > 0) return;
  const moved: Element[] = [];
  for (let next = paragraph.nextElementSibling; next?.localName === 'details'; next = next.nextElementSibling) moved.push(next);
  host.append(...moved);
  console.warn(
    `nsiw-widgets: <${host.localName}> is inside a <p>, so the HTML parser moved its <details> out of it ` +
      (moved.length ? `(took back the ${moved.length} after the paragraph). ` : 'and none were found after it: it has nothing to show. ') +
      'Put the element outside any <p>: in a <div>, or in WordPress a Custom HTML block.',
  );
}
