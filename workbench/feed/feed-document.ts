import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkFeedText, type FeedCheck } from '../checker/feed-check.js';
import { formatFeed, isObject, nowInstant, type ItemKind, type JsonObject } from './feed-text.js';

/** How long the checker waits after the last keystroke: well within the half second the issue allows. */
const CHECK_DELAY_MS = 250;

function starterFeed(): string {
  return formatFeed({ version: 1, updated: nowInstant(), events: [], workshops: [], tabs: [] });
}

/**
 * The feed's text, the one source of truth: what the text box shows, what the form reads and writes,
 * what the checker and the preview see. It is kept in `localStorage` across reloads, and checked a
 * moment after each change.
 */
export class FeedDocument implements ReactiveController {
  /** The text box's content. */
  text = '';
  /** The checker's verdict on `text`, once it has spoken. */
  check: FeedCheck | undefined;
  /** `text` parsed when it was checked, when it is a JSON object: what the form shows. */
  data: JsonObject | undefined;
  /** Settles when the check of the current text is shown; tests and the form wait for it. */
  checked: Promise<void> = Promise.resolve();

  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checkRun = 0;
  private textGeneration = 0;
  private settleChecked: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The `localStorage` key, read when it is needed: the element's attribute may be set after construction. */
    private readonly storageKey: () => string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.checkTimer);
  }

  /** Starts on the kept text, else on an empty feed; says whether a text was kept. */
  open(): boolean {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(this.storageKey());
    } catch {
      // Storage refused (a sandboxed frame, a private mode): the text lasts this page only.
    }
    if (!this.text) this.setText(saved ?? starterFeed(), { save: false, delay: 0 });
    return saved !== null;
  }

  /** Sets the text (from typing, a file, a URL or the form), keeps it, and checks it after `delay`. */
  setText(text: string, { save = true, delay = CHECK_DELAY_MS } = {}): void {
    this.text = text;
    this.host.requestUpdate();
    if (save) {
      try {
        localStorage.setItem(this.storageKey(), text);
      } catch {
        // See open().
      }
    }
    clearTimeout(this.checkTimer);
    // `checked` stays one promise until the latest text's check is shown: one whose check a newer text
    // replaced (typed on, a feed opened meanwhile) settles with the newer one, not never.
    if (!this.settleChecked) this.checked = new Promise((resolve) => (this.settleChecked = resolve));
    const generation = ++this.textGeneration;
    this.checkTimer = setTimeout(
      () =>
        void this.runCheck(text).then(() => {
          if (generation !== this.textGeneration) return;
          this.settleChecked?.();
          this.settleChecked = undefined;
        }),
      delay,
    );
  }

  private async runCheck(text: string): Promise<void> {
    const run = ++this.checkRun;
    const check = await checkFeedText(text, document.baseURI);
    // A verdict on a text that has changed since (the form wrote again) would put the older text's values
    // back into the fields being typed in.
    if (run !== this.checkRun || text !== this.text) return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    this.check = check;
    this.data = isObject(data) ? data : undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** The items of one kind, as the form shows them. */
  items(kind: ItemKind): unknown[] {
    const list = this.data?.[kind];
    return Array.isArray(list) ? list : [];
  }

  /** Writes a changed feed into the text, in the stable order, and checks it at once. */
  write(data: JsonObject): void {
    this.data = data;
    this.setText(formatFeed(data), { delay: 0 });
  }

  /** The ids of the workshops the checker kept: the preview's cards and the embed's choice. */
  workshopIds(): string[] {
    return this.check?.ok ? (this.check.result.feed.workshops ?? []).map((workshop) => workshop.id) : [];
  }
}
