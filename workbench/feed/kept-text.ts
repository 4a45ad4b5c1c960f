/**
 * The text kept in `localStorage`, so that a reload loses nothing, shared by every tab of the workbench
 * on this site. A tab writes only over what it last read or wrote there: when another tab has written
 * since (its `storage` event, or the value found before writing, for a tab that slept through the event),
 * this tab keeps its text to itself and offers the other one until the editor chooses.
 */

/** Why the text could not be kept: the browser's storage is full, or refused to this page. */
export type StorageProblem = 'full' | 'refused';

export interface KeptTextEvents {
  /** Another tab kept `text`, which is not this tab's; `undefined`: nothing to choose any more. */
  otherTab(text: string | undefined): void;
  /** Keeping the text failed, or works again (`undefined`). */
  problem(problem: StorageProblem | undefined): void;
}

function problemOf(error: unknown): StorageProblem {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'refused';
}

export class KeptText {
  /** What this tab last read from storage or wrote there: what it expects to find before it writes. */
  private base: string | null = null;
  /** Another tab's text, while the editor has not chosen between it and this tab's. */
  private otherText: string | undefined;

  constructor(
    private readonly key: () => string,
    /** This tab's text now: another tab's write of the same text asks nothing. */
    private readonly text: () => string,
    private readonly events: KeptTextEvents,
  ) {}

  connect(): void {
    window.addEventListener('storage', this.onStorage);
  }

  disconnect(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** The kept text; null when there is none or storage is refused (which is said). */
  read(): string | null {
    try {
      this.base = localStorage.getItem(this.key());
      return this.base;
    } catch (error) {
      this.events.problem(problemOf(error));
      return null;
    }
  }

  /** Keeps `text`, unless another tab's text is there and the editor has not chosen yet. */
  write(text: string): void {
    if (this.otherText !== undefined) return;
    try {
      const stored = localStorage.getItem(this.key());
      if (stored !== null && stored !== this.base && stored !== text) {
        this.offer(stored);
        return;
      }
      localStorage.setItem(this.key(), text);
      this.base = text;
      this.events.problem(undefined);
    } catch (error) {
      this.events.problem(problemOf(error));
    }
  }

  /** The editor chose the other tab's text: it is what storage holds, so this tab may write again. */
  takeOther(): string | undefined {
    const text = this.otherText;
    this.base = text ?? this.base;
    this.otherText = undefined;
    return text;
  }

  /** The editor chose this tab's text: written over the other tab's. */
  keepThis(): void {
    this.base = this.otherText ?? this.base;
    this.otherText = undefined;
    this.write(this.text());
  }

  private offer(text: string | undefined): void {
    this.otherText = text;
    this.events.otherTab(text);
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key !== this.key()) return;
    if (event.newValue !== null && event.newValue !== this.text()) {
      this.offer(event.newValue);
      return;
    }
    // Cleared there, or the same text as this tab's: nothing to lose either way.
    this.base = event.newValue;
    if (this.otherText !== undefined) this.offer(undefined);
  };
}
