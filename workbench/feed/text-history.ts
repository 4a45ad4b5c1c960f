/**
 * The text's undo history, kept as CodeMirror keeps its own (`@codemirror/commands`, `history()`): each
 * step the changes it made rather than a copy of the text, so that a step of a large feed costs the span
 * it changed; consecutive changes of one kind (typing in the text box, typing in one field of the form)
 * within half a second are one step; a new change forgets what was undone.
 */

/** One change of the text: at `from`, `removed` gave way to `inserted`. */
interface Change {
  from: number;
  removed: string;
  inserted: string;
}

interface Step {
  changes: Change[];
  /** What made it (`typing`, `field:events-0-title-nb`); undefined: an action, a step of its own. */
  group: string | undefined;
  time: number;
}

/** The text after undo or redo, and where the caret goes: after what came back. */
export interface Restored {
  text: string;
  caret: number;
}

/** Steps join while they follow each other this closely (CodeMirror's `newGroupDelay`). */
const GROUP_DELAY_MS = 500;
/** Steps kept (CodeMirror's `minDepth` is 100). */
const DEPTH = 200;

/** The one change that turns `before` into `after`: the span between what they share at each end. */
function changeBetween(before: string, after: string): Change {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shortest - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: start, removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}

const splice = (text: string, from: number, length: number, insert: string) => text.slice(0, from) + insert + text.slice(from + length);

export class TextHistory {
  private done: Step[] = [];
  private undone: Step[] = [];
  private changes = 0;

  /** Grows with every change, undo and redo: an offer to undo "the last action" holds while this is unchanged. */
  get version(): number {
    return this.changes;
  }

  /** Records that the text went from `before` to `after`; `group` joins it to the step before (see the file). */
  record(before: string, after: string, group?: string, time = Date.now()): void {
    if (before === after) return;
    this.changes++;
    const change = changeBetween(before, after);
    this.undone = [];
    const last = this.done.at(-1);
    if (group !== undefined && last?.group === group && time - last.time < GROUP_DELAY_MS) {
      last.changes.push(change);
      last.time = time;
      return;
    }
    this.done.push({ changes: [change], group, time });
    if (this.done.length > DEPTH) this.done.shift();
  }

  /** `text` with the last step undone; undefined when there is none. */
  undo(text: string): Restored | undefined {
    const step = this.done.pop();
    if (!step) return undefined;
    this.changes++;
    this.undone.push(step);
    let caret = 0;
    for (const { from, removed, inserted } of [...step.changes].reverse()) {
      text = splice(text, from, inserted.length, removed);
      caret = from + removed.length;
    }
    return { text, caret };
  }

  /** `text` with the last undone step made again; undefined when there is none. */
  redo(text: string): Restored | undefined {
    const step = this.undone.pop();
    if (!step) return undefined;
    this.changes++;
    this.done.push({ ...step, group: undefined });
    let caret = 0;
    for (const { from, removed, inserted } of step.changes) {
      text = splice(text, from, removed.length, inserted);
      caret = from + inserted.length;
    }
    return { text, caret };
  }
}
