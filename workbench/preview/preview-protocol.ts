/** The messages between the workbench and its preview frame (`preview.html`), which runs the shipped elements. */
import type { Locale } from '../../src/core/i18n/locale.js';

/** An element to show, with its attributes; the feed goes in as its inline `<script type="application/json">`. */
export interface PreviewElement {
  tag: string;
  attributes: Readonly<Record<string, string>>;
}

/** What the frame shows: these elements, with this feed text, in this locale, at this "now" (ISO; empty: the real time). */
export interface PreviewRequest {
  type: 'nsiw-workbench-preview';
  feed: string;
  locale: Locale;
  now: string;
  elements: readonly PreviewElement[];
}

/** The frame is ready for requests (sent once its script has run). */
export interface PreviewReady {
  type: 'nsiw-workbench-preview-ready';
}

export function isPreviewRequest(data: unknown): data is PreviewRequest {
  return typeof data === 'object' && data !== null && (data as PreviewRequest).type === 'nsiw-workbench-preview';
}

export function isPreviewReady(data: unknown): data is PreviewReady {
  return typeof data === 'object' && data !== null && (data as PreviewReady).type === 'nsiw-workbench-preview-ready';
}
