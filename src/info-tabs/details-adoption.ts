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
  private readonly taken = new Map<HTMLDetailsElement, DetailsOriginal>();

  /** Makes `sections` the adopted ones: takes over the new, gives back those no longer among them. */
  adopt(sections: readonly HTMLDetailsElement[]): void {
    const current = new Set(sections);
    for (const details of [...this.taken.keys()]) if (!current.has(details)) this.release(details);
    for (const details of current) {
      if (!this.taken.has(details)) {
        const summary = details.querySelector<HTMLElement>(':scope > summary');
        this.taken.set(details, {
          open: details.open,
          name: details.getAttribute('name'),
          summary,
          summaryDisplay: summary?.style.getPropertyValue('display') ?? '',
          summaryDisplayPriority: summary?.style.getPropertyPriority('display') ?? '',
          summaryHadStyle: summary?.hasAttribute('style') ?? false,
        });
        details.addEventListener('toggle', this.keepOpen);
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

  private release(details: HTMLDetailsElement): void {
    const original = this.taken.get(details);
    if (!original) return;
    this.taken.delete(details);
    details.removeEventListener('toggle', this.keepOpen);
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
  private readonly keepOpen = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    if (!details.open && this.taken.has(details)) details.open = true;
  };
}
