import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { TextPlace } from '../checker/feed-check.js';
import type { Notices } from '../notices.js';
import { copyText, downloadFeed } from '../publish/publish.js';
import type { FeedDocument } from './feed-document.js';
import type { Restored } from './text-history.js';

/** Whether a file can be a feed: no binary (a PDF dropped by mistake), and JSON by its name, its type or its text. */
function isJsonFile(file: File, text: string): boolean {
  if (text.includes('\0')) return false;
  if (/\.json$/i.test(file.name) || /\bjson\b/i.test(file.type)) return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Undo and redo as the text box's platform has them: Ctrl+Z (⌘Z), Ctrl+Shift+Z (⇧⌘Z) and Ctrl+Y. */
function historyKey(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  return key === 'y' && !event.shiftKey ? 'redo' : undefined;
}

/**
 * The "Feed" section: the text box, and the ways a feed gets into it (a file opened or dropped, an
 * address) and out of it (download, copy). The text box's undo and redo are the document's history,
 * which holds the form's changes too: the browser's own would know only what was typed.
 */
export class TextPane {
  /** An address is being opened. */
  private loading = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly feed: FeedDocument,
    private readonly notices: Notices,
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
    const text = await file.text();
    if (!isJsonFile(file, text)) {
      this.notices.say(msg(str`${file.name} is not a JSON file, so nothing was opened: a feed is a text file such as feed.json.`));
      return;
    }
    this.feed.replace(text);
    this.notices.say(msg(str`Opened ${file.name}.`), { undo: true });
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

  private setLoading(loading: boolean): void {
    this.loading = loading;
    this.host.requestUpdate();
  }

  /**
   * Opens the feed at `url`, saying so while it loads. If the text changed meanwhile, the feed that
   * arrives is offered, not put over the editor's typing. `first`: the text a visit starts on (the
   * page's `?feed=`), which is neither undone nor kept.
   */
  async openAddress(url: string, { first = false } = {}): Promise<void> {
    if (this.loading) return;
    const before = this.feed.text;
    this.setLoading(true);
    this.notices.say(msg(str`Opening ${url}…`));
    try {
      const response = await fetch(new URL(url, document.baseURI), { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      const open = (undoable: boolean) => {
        if (undoable) this.feed.replace(text);
        else this.feed.start(text);
        this.notices.say(msg(str`Opened ${url}.`), { undo: undoable });
      };
      if (this.feed.text === before) open(!first);
      else {
        this.notices.say('');
        this.notices.offer({
          id: 'address',
          message: () => msg(str`The feed from ${url} has arrived, but the text was changed while it loaded.`),
          accept: () => msg('Open it'),
          keep: () => msg('Keep my text'),
          onAccept: () => open(true),
        });
      }
    } catch (cause) {
      this.notices.say(
        msg(
          str`Could not open ${url}: ${String(cause)}. A feed on another site can only be opened if that site allows it (CORS); download it and open the file instead.`,
        ),
      );
    } finally {
      this.setLoading(false);
    }
  }

  /** Puts an undone or redone text in the box at once, the caret after what came back. */
  private showRestored(restored: Restored | undefined): void {
    if (!restored) return;
    const area = this.textArea;
    area.value = restored.text;
    area.setSelectionRange(restored.caret, restored.caret);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const action = historyKey(event);
    if (!action) return;
    event.preventDefault();
    this.showRestored(action === 'undo' ? this.feed.undo() : this.feed.redo());
  };

  /** Undo and Redo from the browser's menus (Edit, the text box's context menu). */
  private readonly onBeforeInput = (event: InputEvent): void => {
    if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
    event.preventDefault();
    this.showRestored(event.inputType === 'historyUndo' ? this.feed.undo() : this.feed.redo());
  };

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
        <form class="field open-url" aria-busy=${this.loading ? 'true' : 'false'} @submit=${(event: SubmitEvent) => void this.openUrl(event)}>
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
        @input=${(event: InputEvent) => this.feed.type((event.target as HTMLTextAreaElement).value)}
        @keydown=${this.onKeyDown}
        @beforeinput=${this.onBeforeInput}
        @dragover=${(event: DragEvent) => event.preventDefault()}
        @drop=${this.onDrop}
      ></textarea>
      <div class="actions">
        <button type="button" id="download" @click=${() => this.notices.say(downloadFeed(this.feed.text))}>${msg('Download feed.json')}</button>
        <button type="button" id="copy-feed" @click=${async () => this.notices.say(await copyText(this.feed.text, msg('Copied the feed.')))}>
          ${msg('Copy feed')}
        </button>
      </div>
    </section>`;
  }
}
