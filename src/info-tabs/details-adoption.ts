/** How a `<details>` looked before the element took it over, to give it back as it was. */
interface DetailsOriginal {
  open: boolean;
  /** The exclusive group (`<details name>`), which would close every section but one. */
  name: string | null;
  summary: HTMLElement | null;
  summaryDisplay: string;
  summaryDisplayPriority: string;
  summaryHadStyle: boolean;
}

/**
 * The page's own `<details>` sections while they are the element's tabs: kept open, with their
 * `<summary>` hidden (its text is the tab's name), and given back as they were when they stop being tabs
 * or the element leaves the page. They stay the page's light DOM throughout, with their listeners, form
 * state and page styles.
 */
export class DetailsAdoption {
  private readonly _taken = new Map<HTMLDetailsElement, DetailsOriginal>();

  /** Makes `sections` the adopted ones: takes over the new, gives back those no longer among them. */
  adopt(sections: readonly HTMLDetailsElement[]): void {
    const current = new Set(sections);
    for (const details of [...this._taken.keys()]) if (!current.has(details)) this._release(details);
    for (const details of current) {
      if (!this._taken.has(details)) {
        const summary = details.querySelector<HTMLElement>(':scope > summary');
        this._taken.set(details, {
          open: details.open,
          name: details.getAttribute('name'),
          summary,
          summaryDisplay: summary?.style.getPropertyValue('display') ?? '',
          summaryDisplayPriority: summary?.style.getPropertyPriority('display') ?? '',
          summaryHadStyle: summary?.hasAttribute('style') ?? false,
        });
        details.addEventListener('toggle', this._keepOpen);
        details.removeAttribute('name');
      }
      details.open = true;
      // Inline and important, so that no page rule for `summary` shows it twice; CSP allows the CSSOM.
      details.querySelector<HTMLElement>(':scope > summary')?.style.setProperty('display', 'none', 'important');
    }
  }

  /** Gives every section back. */
  releaseAll(): void {
    this.adopt([]);
  }

  private _release(details: HTMLDetailsElement): void {
    const original = this._taken.get(details);
    if (!original) return;
    this._taken.delete(details);
    details.removeEventListener('toggle', this._keepOpen);
    details.open = original.open;
    if (original.name !== null) details.setAttribute('name', original.name);
    const summary = original.summary;
    if (!summary) return;
    summary.style.setProperty('display', original.summaryDisplay, original.summaryDisplayPriority);
    // Reading the attribute (rather than `style.length`) also flushes the CSSOM into it first; otherwise
    // Chromium writes an empty `style=""` back after the removal.
    if (!original.summaryHadStyle && summary.getAttribute('style') === '') summary.removeAttribute('style');
  }

  /** A script on the page that closes a section would leave its panel empty: the panel shows it open. */
  private readonly _keepOpen = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    if (!details.open && this._taken.has(details)) details.open = true;
  };
}

/** The host's children that are neither sections nor an inline feed: shown above the tabs. */
export function introNodes(host: Element): (Element | Text)[] {
  return [...host.childNodes].filter(
    (node): node is Element | Text =>
      (node instanceof Element && !(node instanceof HTMLDetailsElement) && !node.matches('script[type="application/json"]')) ||
      (node instanceof Text && node.data.trim() !== ''),
  );
}
