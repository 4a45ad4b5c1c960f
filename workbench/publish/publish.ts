/** What takes the editor's work out of the workbench: the feed as a file, or a text to the clipboard. */
import { msg } from '@lit/localize';

/** Saves `text` as the browser's download `feed.json`; returns what to tell the editor. */
export function downloadFeed(text: string): string {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = 'feed.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
  return msg('Downloaded feed.json.');
}

/** Copies `text` to the clipboard; returns what to tell the editor: `done`, or how to copy it by hand. */
export async function copyText(text: string, done: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return msg('The browser did not allow copying: select the text and press Ctrl+C (⌘C on a Mac).');
  }
}
