import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { FeedDocument } from '../feed/feed-document.js';
import type { PreviewElement } from '../preview/preview-protocol.js';
import type { Notices } from '../notices.js';
import { copyText } from '../publish/publish.js';
import { EMBEDDABLE, elementSnippet, embedSnippet, type CdnInfo, type EmbeddableTag } from './embed-snippet.js';

/**
 * The "Embed" section: an element and its attributes to choose, the chosen element live with this feed
 * (in the `embed-frame`, which the preview pane feeds), and the snippet to paste with the build's CDN
 * address and integrity hash.
 */
export class EmbedPane implements ReactiveController {
  private tag: EmbeddableTag = 'nsiw-events';
  private attributes: Record<string, string> = {};
  private feedUrl = 'https://example.org/nsiw/feed.json';
  private cdn: CdnInfo | undefined;
  private cdnProblem = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly feed: FeedDocument,
    /** Where the build's `cdn.json` is, read when it is needed: the element's attribute may be set after construction. */
    private readonly cdnInfo: () => string,
    private readonly notices: Notices,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.loadCdnInfo();
  }

  private async loadCdnInfo(): Promise<void> {
    try {
      const response = await fetch(new URL(this.cdnInfo(), document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const info = (await response.json()) as CdnInfo;
      if (typeof info.url !== 'string' || !/^sha384-[A-Za-z0-9+/]+=*$/.test(info.integrity)) throw new Error('no sha384 hash in it');
      this.cdn = info;
    } catch (cause) {
      this.cdnProblem = msg(str`The build's CDN address and integrity hash could not be read (${this.cdnInfo()}: ${String(cause)}).`);
    }
    this.host.requestUpdate();
  }

  /** The chosen element's attributes with a value; a workshop card names the first workshop until one is chosen. */
  private elementAttributes(): Record<string, string> {
    const wanted = EMBEDDABLE[this.tag] as readonly string[];
    const attributes = Object.fromEntries(
      Object.entries(this.attributes).filter(([name, value]) => wanted.includes(name) && value.trim() !== ''),
    );
    const firstWorkshop = this.feed.workshopIds()[0];
    if (this.tag === 'nsiw-workshop-card' && !attributes['workshop-id'] && firstWorkshop) attributes['workshop-id'] = firstWorkshop;
    return attributes;
  }

  /** What the embed frame shows: the chosen element. */
  elements(): PreviewElement[] {
    return [{ tag: this.tag, attributes: this.elementAttributes() }];
  }

  private setAttribute(name: string, value: string): void {
    this.attributes = { ...this.attributes, [name]: value };
    this.host.requestUpdate();
  }

  render(previewSrc: string): TemplateResult {
    const element = elementSnippet(this.tag, this.elementAttributes(), this.feedUrl);
    const snippet = this.cdn ? embedSnippet(this.cdn, element) : element;
    return html`<section aria-labelledby="embed-heading">
      <h2 id="embed-heading">${msg('Embed')}</h2>
      <div class="controls">
        <div class="field">
          <label for="embed-tag">${msg('Element')}</label>
          <select
            id="embed-tag"
            @change=${(event: Event) => {
              this.tag = (event.target as HTMLSelectElement).value as EmbeddableTag;
              this.host.requestUpdate();
            }}
          >
            ${Object.keys(EMBEDDABLE).map((tag) => html`<option value=${tag} ?selected=${tag === this.tag}>&lt;${tag}&gt;</option>`)}
          </select>
        </div>
        ${
          this.tag === 'nsiw-language-toggle'
            ? nothing
            : html`<div class="field">
              <label for="embed-src">${msg('Feed address on your site (src)')}</label>
              <input
                id="embed-src"
                type="url"
                .value=${live(this.feedUrl)}
                @input=${(event: Event) => {
                  this.feedUrl = (event.target as HTMLInputElement).value;
                  this.host.requestUpdate();
                }}
              />
            </div>`
        }
        ${(EMBEDDABLE[this.tag] as readonly string[]).map((name) => this.renderAttribute(name))}
      </div>
      <div class="frame-box">
        <iframe id="embed-frame" title=${msg('The chosen element with this feed')} src=${previewSrc}></iframe>
      </div>
      ${this.cdnProblem ? html`<p class="hint invalid" role="alert">${this.cdnProblem}</p>` : nothing}
      <label for="embed-snippet">${msg('Snippet to paste into your page')}</label>
      <textarea id="embed-snippet" readonly rows="5" .value=${snippet}></textarea>
      <button type="button" id="copy-snippet" @click=${async () => this.notices.say(await copyText(snippet, msg('Copied the snippet.')))}>
        ${msg('Copy snippet')}
      </button>
    </section>`;
  }

  private renderAttribute(name: string): TemplateResult {
    const id = `embed-attribute-${name}`;
    const value = this.attributes[name] ?? '';
    const onChange = (event: Event) => this.setAttribute(name, (event.target as HTMLInputElement | HTMLSelectElement).value);
    if (name === 'show') {
      return html`<div class="field">
        <label for=${id}>show</label>
        <select id=${id} @change=${onChange}>
          ${['upcoming', 'past', 'all'].map((option) => html`<option value=${option} ?selected=${option === (value || 'upcoming')}>${option}</option>`)}
        </select>
      </div>`;
    }
    if (name === 'workshop-id') {
      const ids = this.feed.workshopIds();
      return html`<div class="field">
        <label for=${id}>workshop-id</label>
        <select id=${id} @change=${onChange}>
          ${ids.map((workshopId) => html`<option value=${workshopId} ?selected=${workshopId === (value || ids[0])}>${workshopId}</option>`)}
        </select>
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${name}</label>
      <input id=${id} type=${name === 'limit' ? 'number' : 'text'} .value=${live(value)} @input=${onChange} />
    </div>`;
  }
}
