import { expect, fixture, html } from '@open-wc/testing';
import '../../src/language-toggle/nsiw-language-toggle.js';
import type { NsiwLanguageToggle } from '../../src/language-toggle/nsiw-language-toggle.js';

/**
 * A theme's content column as WordPress block themes (Twenty Twenty-Three) lay it out: the post fills the
 * page, and each child is held to the column's width by a max-width and auto margins.
 */
async function inColumn(toggle: ReturnType<typeof html>, { dir = 'ltr', style = '' } = {}) {
  const page = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: 1000px">
    <style>
      .column > * { max-inline-size: 600px; margin-inline: auto; }
      ${style}
    </style>
    <div class="column">${toggle}</div>
  </div>`);
  const element = page.querySelector<NsiwLanguageToggle>('nsiw-language-toggle')!;
  await element.updateComplete;
  const columnStart = page.getBoundingClientRect().left + 200;
  const control = element.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.getBoundingClientRect();
  return { columnStart, columnEnd: columnStart + 600, control };
}

describe('<nsiw-language-toggle> placement in the page', () => {
  it("sits at the start of the theme's content column, where a paragraph starts", async () => {
    const { columnStart, control } = await inColumn(html`<nsiw-language-toggle></nsiw-language-toggle>`);
    expect(control.left).to.be.closeTo(columnStart, 1);
  });

  it('sits at the start of the column of a right-to-left page: its right edge', async () => {
    const { columnEnd, control } = await inColumn(html`<nsiw-language-toggle></nsiw-language-toggle>`, { dir: 'rtl' });
    expect(control.right).to.be.closeTo(columnEnd, 1);
  });

  it('is centred in the column by the page with justify-content', async () => {
    const { columnStart, control } = await inColumn(html`<nsiw-language-toggle></nsiw-language-toggle>`, {
      style: 'nsiw-language-toggle { justify-content: center; }',
    });
    expect(control.left + control.width / 2).to.be.closeTo(columnStart + 300, 1);
  });
});
