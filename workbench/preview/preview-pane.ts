import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { DEFAULT_TIME_ZONE } from '../../src/core/feed/schema.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { FeedDocument } from '../feed/feed-document.js';
import { LANGUAGE_NAMES, TEXT_LANGUAGES, instantFrom } from '../feed/feed-text.js';
import { isPreviewReady, type PreviewElement, type PreviewRequest } from './preview-protocol.js';

/** A preview frame in the workbench's shadow root, by id, and the elements it shows. */
export type PreviewFrames = Readonly<Record<string, () => readonly PreviewElement[]>>;

/**
 * The "Preview" section, and the messages to every preview frame (its own, and the embed's): the feed
 * text, the chosen locale and "now", and the elements to show, sent to a frame once it says it is ready
 * and again whenever one of them changes.
 */
export class PreviewPane implements ReactiveController {
  /**
   * The locale; "now" as the picker gives it (`2025-10-16T12:00`, Oslo time; empty: the real time); the
   * frame's width.
   */
  private view: { locale: Locale; now: string; width: 'phone' | 'desktop' } = { locale: 'nb', now: '', width: 'desktop' };
  private readonly readyFrames = new WeakSet<Window>();
  /** The last request sent to each frame, so that an unchanged one is not rendered again. */
  private readonly sent = new WeakMap<Window, string>();
  private readonly frames: PreviewFrames;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly feed: FeedDocument,
    /** Frames besides the preview's own (the embed's). */
    otherFrames: PreviewFrames,
  ) {
    this.frames = { 'preview-frame': () => this.elements(), ...otherFrames };
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
  }

  hostUpdated(): void {
    this.send();
  }

  private readonly onMessage = (event: MessageEvent<unknown>): void => {
    if (event.origin !== location.origin || !isPreviewReady(event.data) || !event.source) return;
    this.readyFrames.add(event.source as Window);
    this.send();
  };

  private show(change: Partial<PreviewPane['view']>): void {
    this.view = { ...this.view, ...change };
    this.host.requestUpdate();
  }

  private nowInstant(): string {
    if (!this.view.now) return '';
    const [date, time] = this.view.now.split('T');
    return instantFrom({ date: date!, time: time!.slice(0, 5) }, DEFAULT_TIME_ZONE) ?? '';
  }

  private elements(): PreviewElement[] {
    return [
      { tag: 'nsiw-language-toggle', attributes: { locales: 'nb en sv da' } },
      { tag: 'nsiw-events', attributes: { show: 'upcoming' } },
      { tag: 'nsiw-events', attributes: { show: 'past' } },
      { tag: 'nsiw-workshop-series', attributes: {} },
      ...this.feed.workshopIds().map((id) => ({ tag: 'nsiw-workshop-card', attributes: { 'workshop-id': id } })),
      { tag: 'nsiw-info-tabs', attributes: {} },
    ];
  }

  private send(): void {
    if (!this.feed.check) return;
    const base = { type: 'nsiw-workbench-preview' as const, feed: this.feed.text, locale: this.view.locale, now: this.nowInstant() };
    for (const [id, elements] of Object.entries(this.frames)) {
      const target = this.host.renderRoot.querySelector<HTMLIFrameElement>(`#${id}`)?.contentWindow;
      if (!target || !this.readyFrames.has(target)) continue;
      const request: PreviewRequest = { ...base, elements: elements() };
      const serialized = JSON.stringify(request);
      if (this.sent.get(target) === serialized) continue;
      this.sent.set(target, serialized);
      target.postMessage(request, location.origin);
    }
  }

  render(previewSrc: string): TemplateResult {
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${msg('Preview')}</h2>
      <div class="controls">
        <div class="field">
          <label for="preview-locale">${msg('Preview language')}</label>
          <select id="preview-locale" @change=${(event: Event) => this.show({ locale: (event.target as HTMLSelectElement).value as Locale })}>
            ${TEXT_LANGUAGES.map((locale) => html`<option value=${locale} ?selected=${locale === this.view.locale}>${LANGUAGE_NAMES[locale]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="preview-now">${msg('Now (Oslo time; empty: the real time)')}</label>
          <input
            id="preview-now"
            type="datetime-local"
            .value=${live(this.view.now)}
            @change=${(event: Event) => this.show({ now: (event.target as HTMLInputElement).value })}
          />
        </div>
        <fieldset class="width">
          <legend>${msg('Width')}</legend>
          ${(['phone', 'desktop'] as const).map(
            (width) => html`<span class="check">
              <input
                type="radio"
                name="preview-width"
                id=${`preview-width-${width}`}
                .checked=${live(this.view.width === width)}
                @change=${() => this.show({ width })}
              />
              <label for=${`preview-width-${width}`}>${width === 'phone' ? msg('Phone (360 px)') : msg('Desktop')}</label>
            </span>`,
          )}
        </fieldset>
      </div>
      <div class="frame-box">
        <iframe id="preview-frame" class=${this.view.width} title=${msg('Preview of every element with this feed')} src=${previewSrc}></iframe>
      </div>
    </section>`;
  }
}
