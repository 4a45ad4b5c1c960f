/**
 * The feed's rich text (`docs/feed.md`), rendered: every element that shows rich text renders it here,
 * from the one parser, `core/feed/rich-text.ts` (which travels with the validator: see `validator-chunk.ts`).
 *
 * Safety comes from the output, not from filtering the input: the result is a Lit template whose feed
 * text only ever reaches text nodes and the `href` of links that passed `resolveFeedUrl`, so raw
 * HTML, `<script>` and `javascript:` links stay inert text, with no `innerHTML` or `unsafeHTML` anywhere.
 */
import { html, type TemplateResult } from 'lit';
import type { Inline } from '../feed/rich-text.js';
import { validator } from '../validator/static-validator.js';

/** How {@link renderRichText} renders. */
export interface RichTextOptions {
  /** The feed's own absolute URL: relative links are resolved against it, as every feed link is. */
  baseUrl: string;
}

/**
 * Renders feed rich text (see {@link parseRichText}) as paragraphs and lists. A link whose URL is not
 * http, https, mailto or relative keeps its label as plain text, without a link, as `docs/feed.md` asks
 * for every bad URL.
 */
export function renderRichText(text: string, options: RichTextOptions): TemplateResult {
  // The parser comes with the validator, which checks every rich text's links with it: rich text is feed
  // content, shown only after the validator passed it, so its module (the CDN build's chunk) is loaded.
  const { parseRichText } = validator.module!;
  return html`${parseRichText(text, options.baseUrl).map((block) =>
    block.kind === 'paragraph'
      ? html`<p>${renderInline(block.content)}</p>`
      : html`<ul>${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}</ul>`,
  )}`;
}

function renderInline(nodes: readonly Inline[]): (TemplateResult | string)[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    if (node.kind === 'link') {
      return node.href === undefined ? html`${renderInline(node.children)}` : html`<a href=${node.href}>${renderInline(node.children)}</a>`;
    }
    return node.kind === 'em' ? html`<em>${renderInline(node.children)}</em>` : html`<strong>${renderInline(node.children)}</strong>`;
  });
}
