import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { TextPlace } from '../checker/feed-check.js';
import type { Notices } from '../notices.js';
import { copyText, downloadFeed, downloadSiteFiles } from '../publish/publish.js';
import { activeLocale } from '../../src/core/i18n/localization.js';
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

/**
 * The text of a feed's bytes, or `undefined` when they are not UTF-8, as a feed must be (browsers read
 * JSON as UTF-8): a feed saved as Latin-1 or Windows-1252 would show every æ, ø and å as U+FFFD.
 */
function utf8Text(bytes: ArrayBuffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** What the editor is told when `name` is not UTF-8: nothing was opened, and how to mend the file. */
function notUtf8(name: string): string {
  return msg(
    str`${name} is not saved as UTF-8 (probably as Latin-1 or Windows-1252), so nothing was opened: on the web site its æ, ø and å would show as �. Open it in a text editor, save it with the encoding "UTF-8", and open it here again.`,
  );
}

/**
 * Why a request that never got an answer failed: for another site, a second request that does not ask
 * to read the answer (`no-cors`) tells a site that answers but does not allow it (CORS) from one that
 * cannot be reached at all.
 */
async function unreachable(url: string, address: URL): Promise<string> {
  if (address.origin !== location.origin) {
    const answers = await fetch(address, { mode: 'no-cors' }).then(
      () => true,
      () => false,
    );
    if (answers) {
      return msg(
        str`Could not open ${url}: that site answers, but does not let other sites read its feed (it sends no CORS permission). Download the file there and open it here, or ask the site's administrator to allow it.`,
      );
    }
  }
  return msg(
    str`Could not open ${url}: no answer came, so the address may be misspelt or the network down. Check the address and your connection.`,
  );
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
    const bytes = await file.arrayBuffer();
    const text = utf8Text(bytes);
    // Read leniently, so that a feed in another encoding is told apart from a file that is no feed at all.
    if (!isJsonFile(file, text ?? new TextDecoder().decode(bytes))) {
      this.notices.say(msg(str`${file.name} is not a JSON file, so nothing was opened: a feed is a text file such as feed.json.`));
    } else if (text === undefined) {
      this.notices.say(notUtf8(file.name));
    } else {
      this.feed.replace(text);
      this.notices.say(msg(str`Opened ${file.name}.`), { undo: true });
    }
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
    let address: URL;
    try {
      address = new URL(url, document.baseURI);
    } catch {
      this.notices.say(
        msg(str`${url} is not a web address. Write the whole address of the feed, e.g. https://www.fafo.no/nsiw/feed.json.`),
      );
      return;
    }
    const before = this.feed.text;
    this.setLoading(true);
    this.notices.say(msg(str`Opening ${url}…`));
    try {
      let response: Response;
      try {
        response = await fetch(address, { headers: { Accept: 'application/json' } });
      } catch {
        this.notices.say(await unreachable(url, address));
        return;
      }
      if (!response.ok) {
        this.notices.say(
          response.status === 404
            ? msg(str`Could not open ${url}: the server answered HTTP 404, there is no file at that address. Check the address.`)
            : msg(
                str`Could not open ${url}: the server answered HTTP ${response.status} instead of the feed. Try again later, or ask the site's administrator.`,
              ),
        );
        return;
      }
      const text = utf8Text(await response.arrayBuffer());
      if (text === undefined) {
        this.notices.say(notUtf8(url));
        return;
      }
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
      this.notices.say(msg(str`Could not read the whole of ${url}: ${String(cause)}. Try again.`));
    } finally {
      this.setLoading(false);
    }
  }

  /** Gives the web site's files (the feed and its calendar) and says where they go. */
  private publish(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('publish-url') as HTMLInputElement;
    try {
      this.notices.say(downloadSiteFiles(this.feed.text, input.value.trim(), activeLocale()));
    } catch {
      this.notices.say(msg('The feed cannot be published yet: correct what the checker shows first.'));
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
      <form class="field publish" @submit=${(event: SubmitEvent) => this.publish(event)}>
        <label for="publish-url">${msg("The feed's address on the web site")}</label>
        <input id="publish-url" name="publish-url" type="url" placeholder="https://www.fafo.no/nsiw/feed.json" required />
        <button type="submit" id="publish">${msg('Download for the web site')}</button>
      </form>
      <div class="actions">
        <button type="button" id="download" @click=${() => this.notices.say(downloadFeed(this.feed.text))}>${msg('Download feed.json')}</button>
        <button type="button" id="copy-feed" @click=${async () => this.notices.say(await copyText(this.feed.text, msg('Copied the feed.')))}>
          ${msg('Copy feed')}
        </button>
      </div>
    </section>`;
  }
}
