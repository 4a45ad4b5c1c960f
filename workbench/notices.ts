import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FeedDocument } from './feed/feed-document.js';
import type { StorageProblem } from './feed/kept-text.js';

/**
 * A choice the workbench will not make for the editor: a text that would replace theirs (another tab's,
 * a feed that arrived after they typed). Its elements' ids are `offer-<id>`, `offer-<id>-accept` and
 * `offer-<id>-keep`. Texts are functions, so that they follow a change of the workbench's language.
 */
export interface Offer {
  id: string;
  message: () => string;
  accept: () => string;
  keep: () => string;
  onAccept(): void;
  onKeep?(): void;
}

/** What the sections say to the editor: a status line (with Undo for what replaced work), offers, storage problems. */
export interface Notices {
  /** Shows `message` in the status line; with `undo`, beside an Undo of the change just made. */
  say(message: string, options?: { undo?: boolean }): void;
  offer(offer: Offer): void;
  withdraw(id: string): void;
}

function storageMessage(problem: StorageProblem): string {
  return problem === 'full'
    ? msg("The browser's storage is full: the text is not kept, and a reload would lose it. Download it to keep your work.")
    : msg('The browser does not let the workbench keep the text: a reload would lose it. Download it to keep your work.');
}

/** The page's notices, above its sections. */
export class NoticeBoard implements Notices {
  private status = '';
  /** The document's version right after the change the status line offers to undo, or to redo. */
  private undoAt: number | undefined;
  private redoAt: number | undefined;
  private offers = new Map<string, Offer>();
  private storageProblem: StorageProblem | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly feed: FeedDocument,
  ) {}

  say(message: string, { undo = false } = {}): void {
    this.status = message;
    this.undoAt = undo ? this.feed.version : undefined;
    this.redoAt = undefined;
    this.host.requestUpdate();
  }

  offer(offer: Offer): void {
    this.offers = new Map(this.offers).set(offer.id, offer);
    this.host.requestUpdate();
  }

  withdraw(id: string): void {
    if (!this.offers.has(id)) return;
    this.offers = new Map(this.offers);
    this.offers.delete(id);
    this.host.requestUpdate();
  }

  storage(problem: StorageProblem | undefined): void {
    if (problem === this.storageProblem) return;
    this.storageProblem = problem;
    this.host.requestUpdate();
  }

  private undo(): void {
    if (!this.feed.undo()) return;
    this.status = msg('Undone.');
    this.undoAt = undefined;
    this.redoAt = this.feed.version;
    this.host.requestUpdate();
  }

  private redo(): void {
    if (!this.feed.redo()) return;
    this.say(msg('Redone.'), { undo: true });
  }

  private renderOffer(offer: Offer): TemplateResult {
    const id = `offer-${offer.id}`;
    const settle = (choice: (() => void) | undefined) => () => {
      this.withdraw(offer.id);
      choice?.();
    };
    return html`<div class="offer" id=${id} role="group" aria-labelledby=${`${id}-message`}>
      <p id=${`${id}-message`} role="alert">${offer.message()}</p>
      <button type="button" id=${`${id}-accept`} @click=${settle(() => offer.onAccept())}>${offer.accept()}</button>
      <button type="button" id=${`${id}-keep`} @click=${settle(offer.onKeep)}>${offer.keep()}</button>
    </div>`;
  }

  render(): TemplateResult {
    const version = this.feed.version;
    // One button for Undo and then Redo, so that the focus stays on it.
    const action =
      this.undoAt === version
        ? { id: 'undo', label: msg('Undo'), run: () => this.undo() }
        : this.redoAt === version
          ? { id: 'redo', label: msg('Redo'), run: () => this.redo() }
          : undefined;
    return html`${
      this.storageProblem ? html`<p id="storage-problem" class="notice" role="alert">${storageMessage(this.storageProblem)}</p>` : nothing
    }
      ${[...this.offers.values()].map((offer) => this.renderOffer(offer))}
      <div class="status-line">
        <p id="status" class="status" role="status" aria-live="polite">${this.status}</p>
        ${action ? html`<button type="button" id=${action.id} @click=${action.run}>${action.label}</button>` : nothing}
      </div>`;
  }
}
