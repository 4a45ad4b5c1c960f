import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { COLOUR_PROPERTY, elementDeclarations } from '../manifest.js';

/** A custom property as the tokens page lists it: once, with the elements that read it. */
interface Token {
  name: string;
  default?: string;
  description?: string;
  elements: string[];
}

/** Every `--nsiw-*` custom property of the manifest, once each, in the order the elements first name them. */
function tokens(): Token[] {
  const byName = new Map<string, Token>();
  for (const { tagName, cssProperties = [] } of elementDeclarations()) {
    for (const property of cssProperties) {
      const token = byName.get(property.name);
      if (token) token.elements.push(tagName);
      else byName.set(property.name, { ...property, elements: [tagName] });
    }
  }
  return [...byName.values()];
}

/**
 * What the token looks like now: the custom property read live, as the widgets read it (so the toolbar's
 * theme, which sets them, shows here), over its default.
 */
function preview({ name, default: fallback }: Token): TemplateResult | typeof nothing {
  const value = `var(${name}${fallback ? `, ${fallback}` : ''})`;
  if (COLOUR_PROPERTY.test(name)) return html`<span class="swatch" style=${styleMap({ background: value })}></span>`;
  if (name.endsWith('radius')) return html`<span class="swatch outlined" style=${styleMap({ borderRadius: value })}></span>`;
  if (name.endsWith('focus-ring')) return html`<span class="swatch" style=${styleMap({ outline: value, outlineOffset: '2px' })}></span>`;
  if (name.endsWith('font-weight')) return html`<span style=${styleMap({ fontWeight: value })}>Aa</span>`;
  if (name.endsWith('indicator-width')) return html`<span class="bar" style=${styleMap({ blockSize: value, inlineSize: '3em' })}></span>`;
  if (fallback) return html`<span class="bar" style=${styleMap({ inlineSize: value })}></span>`;
  return nothing;
}

const STYLES = html`<style>
  .tokens {
    max-inline-size: 72rem;
  }
  .tokens table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: 0.5rem 2rem;
  }
  .tokens caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25rem;
  }
  .tokens th,
  .tokens td {
    padding: 0.5rem 0.75rem 0.5rem 0;
    border-block-end: 1px solid color-mix(in srgb, currentColor 20%, transparent);
    text-align: start;
    vertical-align: top;
  }
  .tokens td:first-child code {
    white-space: nowrap;
  }
  .tokens td:nth-child(4) code {
    display: block;
    white-space: nowrap;
  }
  .tokens .swatch {
    display: inline-block;
    inline-size: 2.5rem;
    block-size: 1.5rem;
    border: 1px solid color-mix(in srgb, currentColor 40%, transparent);
  }
  .tokens .swatch.outlined {
    border: 2px solid currentColor;
  }
  .tokens .bar {
    display: inline-block;
    max-inline-size: 10rem;
    block-size: 0.5rem;
    background: currentColor;
  }
  .tokens .parts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr));
    gap: 0 2rem;
  }
</style>`;

function page(): TemplateResult {
  return html`${STYLES}
    <div class="tokens">
      <h1>Design tokens</h1>
      <p>
        Every custom property and part the elements document (<code>custom-elements.json</code>, generated from
        their JSDoc). Set the properties in the page's stylesheet, on the element or on anything around it:
        <code>.site-footer nsiw-events { --nsiw-accent: #8c1c3c; }</code>. Style the parts from outside with
        <code>nsiw-events::part(title) { … }</code>. The previews read the properties live: the toolbar's
        themes change them.
      </p>
      <table data-tokens="custom-properties">
        <caption>
          Custom properties
        </caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Default</th>
            <th scope="col">Now</th>
            <th scope="col">Read by</th>
            <th scope="col">What it sets</th>
          </tr>
        </thead>
        <tbody>
          ${tokens().map(
            (token) =>
              html`<tr>
                <td><code>${token.name}</code></td>
                <td>${token.default ? html`<code>${token.default}</code>` : 'none'}</td>
                <td>${preview(token)}</td>
                <td>${token.elements.map((tagName) => html`<code>${tagName}</code>`)}</td>
                <td>${token.description}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h2>Parts</h2>
      <div class="parts">
        ${elementDeclarations().map(
          ({ tagName, cssParts = [] }) =>
            html`<table data-parts=${tagName}>
              <caption>
                <code>&lt;${tagName}&gt;</code>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col">What it is</th>
                </tr>
              </thead>
              <tbody>
                ${cssParts.map(
                  (part) =>
                    html`<tr>
                      <td><code>::part(${part.name})</code></td>
                      <td>${part.description}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`,
        )}
      </div>
    </div>`;
}

const meta: Meta = {
  title: 'Foundations/Design tokens',
  // The page is the story; scripts/check-storybook.mjs checks that it lists the whole manifest.
  tags: ['!autodocs', 'design-tokens', 'no-widgets'],
  parameters: { layout: 'padded' },
};

export default meta;

/** Every `--nsiw-*` custom property with its default and a live preview, and every part of every element. */
export const DesignTokens: StoryObj = {
  name: 'Design tokens',
  render: () => {
    const container = document.createElement('div');
    render(page(), container);
    return container;
  },
};
