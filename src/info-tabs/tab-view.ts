import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** One tab, whichever way it was given. */
export interface TabView {
  id: string;
  title: string;
  /** The language of the title, when it differs from the widget's. */
  titleLang: string | undefined;
  /** The page's own `<details>` (declarative), or the rendered body (feed). */
  content: HTMLDetailsElement | TemplateResult;
  bodyLang: string | undefined;
}

/** The tabs of the page's own `<details>` children, titled by their `<summary>`. */
export function tabsFromDetails(host: Element): TabView[] {
  const sections = [...host.children].filter((child) => child instanceof HTMLDetailsElement);
  return sections.map((details, index) => {
    const summary = details.querySelector(':scope > summary');
    const titleLang = (summary ?? details).closest('[lang]')?.getAttribute('lang') ?? '';
    return {
      // A section without an id still works as a tab; it just cannot be named by `selected` or a fragment.
      id: details.id || `nsiw-tab-${index + 1}`,
      title: summary?.textContent?.replace(/\s+/g, ' ').trim() || msg('Details'),
      titleLang: titleLang || undefined,
      content: details,
      bodyLang: undefined,
    };
  });
}
