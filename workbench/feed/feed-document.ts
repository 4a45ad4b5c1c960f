import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkFeedText, type FeedCheck } from '../checker/feed-check.js';
import { formatFeed, isObject, itemsOf, nowInstant, type ItemKind, type JsonObject } from './feed-text.js';
import { KeptText, type KeptTextEvents } from './kept-text.js';
import { TextHistory, type Restored } from './text-history.js';

/** How long the checker waits after the last keystroke: well within the half second the issue allows. */
const CHECK_DELAY_MS = 250;

function starterFeed(): string {
  return formatFeed({ version: 1, updated: nowInstant(), events: [], workshops: [], tabs: [] });
}

function parsedObject(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface FeedDocumentOptions extends KeptTextEvents {
  /** The `localStorage` key, read when it is needed: the element's attribute may be set after construction. */
  storageKey: () => string;
}

/**
 * The feed's text, the one source of truth: what the text box shows, what the form reads and writes,
 * what the checker and the preview see. Every change but the first text is a step of its undo history;
 * it is kept in `localStorage` (`KeptText`), and checked a moment after each change.
 */
export class FeedDocument implements ReactiveController {
  /** The text box's content. */
  text = '';
  /** The checker's verdict on `text`, once it has spoken. */
  check: FeedCheck | undefined;
  /** `text` parsed when it was checked or written by the form: what the form shows. */
  data: JsonObject | undefined;
  /** Settles when the check of the current text is shown; tests and the form wait for it. */
  checked: Promise<void> = Promise.resolve();

  private readonly history = new TextHistory();
  private readonly kept: KeptText;
  /** `text` parsed, for the text it was parsed from. */
  private parsed: { text: string; feed: JsonObject | undefined } | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checkRun = 0;
  private textGeneration = 0;
  private settleChecked: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    { storageKey, ...events }: FeedDocumentOptions,
  ) {
    this.kept = new KeptText(storageKey, () => this.text, events);
    host.addController(this);
  }

  hostConnected(): void {
    this.kept.connect();
  }

  hostDisconnected(): void {
    this.kept.disconnect();
    clearTimeout(this.checkTimer);
  }

  /** Starts on the kept text, else on an empty feed; says whether a text was kept. */
  open(): boolean {
    const kept = this.kept.read();
    if (!this.text) this.start(kept ?? starterFeed());
    return kept !== null;
  }

  /** The text a visit starts on (kept, or named by the page's address): nothing to undo, nothing new to keep. */
  start(text: string): void {
    this.show(text, { save: false, delay: 0 });
  }

  /** The editor typed in the text box: checked once typing pauses, one undo step per burst of typing. */
  type(text: string): void {
    this.history.record(this.text, text, 'typing');
    this.show(text, { delay: CHECK_DELAY_MS });
  }

  /**
   * Replaces the text (a file, an address, the other tab's text, the form), as one step of the undo
   * history, or part of the step before it of the same `group` (typing in one field of the form).
   */
  replace(text: string, { group, save = true }: { group?: string; save?: boolean } = {}): void {
    this.history.record(this.text, text, group);
    this.show(text, { save, delay: 0 });
  }

  /** The feed as the text says now (not as last checked): what every action of the form starts from. */
  current(): JsonObject | undefined {
    if (this.parsed?.text !== this.text) this.parsed = { text: this.text, feed: parsedObject(this.text) };
    return this.parsed.feed;
  }

  /**
   * Writes the feed `change` makes of the current one, in the stable order (nothing when it returns the
   * feed itself); false when the text is no JSON object.
   */
  edit(change: (feed: JsonObject) => JsonObject, group?: string): boolean {
    const feed = this.current();
    if (!feed) return false;
    const next = change(feed);
    if (next === feed) return true;
    this.data = next;
    this.replace(formatFeed(next), { group });
    return true;
  }

  undo(): Restored | undefined {
    return this.restore(this.history.undo(this.text));
  }

  redo(): Restored | undefined {
    return this.restore(this.history.redo(this.text));
  }

  /** Grows with every change, undo and redo (`TextHistory.version`). */
  get version(): number {
    return this.history.version;
  }

  /** Opens the text another tab kept (an undoable step); false when there is none to open. */
  takeOtherTab(): boolean {
    const text = this.kept.takeOther();
    if (text !== undefined) this.replace(text);
    return text !== undefined;
  }

  /** Keeps this tab's text over the one another tab kept. */
  keepThisTab(): void {
    this.kept.keepThis();
  }

  /** The items of one kind, as the form shows them. */
  items(kind: ItemKind): unknown[] {
    return this.data ? itemsOf(this.data, kind) : [];
  }

  /** The ids of the workshops the checker kept: the preview's cards and the embed's choice. */
  workshopIds(): string[] {
    return this.check?.ok ? (this.check.result.feed.workshops ?? []).map((workshop) => workshop.id) : [];
  }

  private restore(restored: Restored | undefined): Restored | undefined {
    if (restored) this.show(restored.text, { delay: 0 });
    return restored;
  }

  /** Shows `text`, keeps it, and checks it after `delay`. */
  private show(text: string, { save = true, delay }: { save?: boolean; delay: number }): void {
    this.text = text;
    this.host.requestUpdate();
    if (save) this.kept.write(text);
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
    this.check = check;
    this.data = this.current();
    this.host.requestUpdate();
    await this.host.updateComplete;
  }
}
