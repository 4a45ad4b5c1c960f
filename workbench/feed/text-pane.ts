import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { TextPlace } from '../checker/feed-check.js';
import { copyText, downloadFeed } from '../publish/publish.js';
import type { FeedDocument } from './feed-document.js';

/**
 * The "Feed" section: the text box, and the ways a feed gets into it (a file opened or dropped, an
 * address) and out of it (download, copy).
 */
export class TextPane {
  constructor(
    private readonly host: HTMLElement & { renderRoot: ParentNode },
    private readonly feed: FeedDocument,
    /** Shows a message in the page's status line. */
    private readonly say: (message: string) => void,
  ) {}

  private get textArea(): HTMLTextAreaElement {
    return this.host.renderRoot.querySelector<HTMLTextAreaElement>('#feed-text')!;
  }

  /** Selects a place in the text box (a problem the checker names) and scrolls it into view. */
  select(place: TextPlace): void {
    const area = this.textArea;
    area.focus();
    area.setSelectionRange(place.start, place.end);
    const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (place.line - 3) * lineHeight);
  }

  private async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.feed.setText(await file.text(), { delay: 0 });
    this.say(msg(str`Opened ${file.name}.`));
  }

  private readonly onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.openFile(file);
  };

  private async openUrl(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('open-url') as HTMLInputElement;
    const url = input.value.trim();
    if (url) await this.openAddress(url);
  }

  /** Opens the feed at `url`; with `replacing`, only if the text is still that (nothing typed meanwhile). */
  async openAddress(url: string, { save = true, replacing }: { save?: boolean; replacing?: string } = {}): Promise<void> {
    try {
      const response = await fetch(new URL(url, document.baseURI), { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (replacing !== undefined && this.feed.text !== replacing) return;
      this.feed.setText(text, { save, delay: 0 });
      this.say(msg(str`Opened ${url}.`));
    } catch (cause) {
      this.say(
        msg(
          str`Could not open ${url}: ${String(cause)}. A feed on another site can only be opened if that site allows it (CORS); download it and open the file instead.`,
        ),
      );
    }
  }

  render(): TemplateResult {
    return html`<section aria-labelledby="text-heading">
      <h2 id="text-heading">${msg('Feed')}</h2>
      <div class="controls">
        <div class="field">
          <label for="open-file">${msg('Open a file')}</label>
          <input
            id="open-file"
            type="file"
            accept=".json,application/json"
            @change=${(event: Event) => void this.openFile((event.target as HTMLInputElement).files?.[0])}
          />
        </div>
        <form class="field open-url" @submit=${(event: SubmitEvent) => void this.openUrl(event)}>
          <label for="open-url">${msg('Open from an address')}</label>
          <input id="open-url" name="open-url" type="text" inputmode="url" autocomplete="url" />
          <button type="submit">${msg('Open')}</button>
        </form>
      </div>
      <label for="feed-text">${msg('Feed (JSON)')}</label>
      <textarea
        id="feed-text"
        spellcheck="false"
        rows="24"
        aria-describedby="check-summary"
        .value=${live(this.feed.text)}
        @input=${(event: InputEvent) => this.feed.setText((event.target as HTMLTextAreaElement).value)}
        @dragover=${(event: DragEvent) => event.preventDefault()}
        @drop=${this.onDrop}
      ></textarea>
      <div class="actions">
        <button type="button" id="download" @click=${() => this.say(downloadFeed(this.feed.text))}>${msg('Download feed.json')}</button>
        <button type="button" id="copy-feed" @click=${async () => this.say(await copyText(this.feed.text, msg('Copied the feed.')))}>
          ${msg('Copy feed')}
        </button>
      </div>
    </section>`;
  }
}
