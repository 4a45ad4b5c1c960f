import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LocalizedText } from '../i18n/locale.js';

/**
 * A link of an item ("Register", "Programme") whose accessible name also names the item (": Seminar on
 * …", visually hidden), so that a list of them reads as more than "Register, Register".
 */
export function titledLink(part: string, href: string, label: string, title: string): TemplateResult {
  return html`<a part=${part} href=${href}>${label}<span class="visually-hidden">: <bdi>${title}</bdi></span></a>`;
}

/** The row of an item's links and its calendar menu (a block: not a `<p>`, which cannot hold the menu's list). */
export function renderActions(...links: (TemplateResult | typeof nothing)[]): TemplateResult | typeof nothing {
  return links.some((link) => link !== nothing) ? html`<div part="actions" class="actions">${links}</div>` : nothing;
}

/** The place line: each part in the language it is written in, then a link to the online stream, if any. */
export function renderPlace(parts: readonly LocalizedText[], online?: string): TemplateResult | typeof nothing {
  if (parts.length === 0 && !online) return nothing;
  return html`<p part="place" class="place">
    ${parts.map((part, index) => html`${index > 0 ? ', ' : nothing}<bdi lang=${part.lang ?? nothing}>${part.value}</bdi>`)}${
      online ? html`${parts.length > 0 ? html` · ` : nothing}<a href=${online}>${msg('Online')}</a>` : nothing
    }
  </p>`;
}
