import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { LocalizedElement } from '../src/core/element/localized-element.js';
import { LOCALES } from '../src/core/i18n/locale.js';
import '../src/language-toggle/nsiw-language-toggle.js';
import { renderCheck } from './checker/check-section.js';
import { EmbedPane } from './embed/embed-pane.js';
import { FeedDocument } from './feed/feed-document.js';
import { TextPane } from './feed/text-pane.js';
import { FeedForm } from './form/feed-form.js';
import { NoticeBoard } from './notices.js';
import { PreviewPane } from './preview/preview-pane.js';
import { workbenchStyles } from './workbench.styles.js';

/**
 * The editors' workbench: the feed's text, checked as it is typed with the elements' own validator; a
 * form that writes the text; a preview of every element in a chosen locale and "now"; and the snippet to
 * embed one. The page of `dist/workbench/index.html`, not part of the package's API. Each section is a
 * module of its own (`feed/`, `checker/`, `form/`, `preview/`, `embed/`, `publish/`); this element holds
 * them together and owns the status line they speak through.
 *
 * @attr preview-src - The preview frame's page (`preview.html` beside the workbench).
 * @attr cdn-info - The JSON with the CDN URL and integrity hash of the build (`cdn.json` beside it).
 * @attr storage-key - The `localStorage` key that keeps the text across reloads.
 * @internal
 */
export class NsiwWorkbench extends LocalizedElement {
  static override styles = [workbenchStyles];
  static override properties: PropertyDeclarations = {
    previewSrc: { attribute: 'preview-src' },
    cdnInfo: { attribute: 'cdn-info' },
    storageKey: { attribute: 'storage-key' },
  };

  previewSrc = 'preview.html';
  cdnInfo = 'cdn.json';
  storageKey = 'nsiw-workbench:feed';

  private readonly feed: FeedDocument = new FeedDocument(this, {
    storageKey: () => this.storageKey,
    otherTab: (text) => (text === undefined ? this.notices.withdraw('other-tab') : this.offerOtherTab()),
    problem: (problem) => this.notices.storage(problem),
  });
  private readonly notices = new NoticeBoard(this, this.feed);
  private readonly textPane = new TextPane(this, this.feed, this.notices);
  private readonly feedForm = new FeedForm(this, this.feed, this.notices);
  private readonly embedPane = new EmbedPane(this, this.feed, () => this.cdnInfo, this.notices);
  private readonly previewPane = new PreviewPane(this, this.feed, { 'embed-frame': () => this.embedPane.elements() });

  /** Settles when the check of the current text is shown; tests wait for it. */
  get checked(): Promise<void> {
    return this.feed.checked;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const kept = this.feed.open();
    // A feed named in the address (`?feed=/demo/feed.json`, as `npm start` links it) starts a first visit;
    // text kept from an earlier visit wins, so that a reload loses nothing.
    const address = new URL(location.href).searchParams.get('feed');
    if (!kept && address) void this.textPane.openAddress(address, { first: true });
  }

  /** Another tab kept a text that is not this tab's: the editor chooses, this tab writes nothing until then. */
  private offerOtherTab(): void {
    this.notices.offer({
      id: 'other-tab',
      message: () => msg('Another tab of the workbench has changed the feed. Until you choose, this tab does not keep its text.'),
      accept: () => msg("Open the other tab's text"),
      keep: () => msg("Keep this tab's text"),
      onAccept: () => {
        if (this.feed.takeOtherTab()) this.notices.say(msg("Opened the other tab's text."), { undo: true });
      },
      onKeep: () => {
        this.feed.keepThisTab();
        this.notices.say(msg("Kept this tab's text."));
      },
    });
  }

  protected override render(): TemplateResult {
    return html`<div class="workbench" lang=${this.locale}>
      <header>
        <h1>${msg('Feed workbench')}</h1>
        <nsiw-language-toggle locales=${LOCALES.join(' ')}></nsiw-language-toggle>
      </header>
      <p class="intro">
        ${msg(
          'Write the feed with the form or as text. The checker reads it as the elements will, the preview shows it in every element, and Download gives you the file to publish.',
        )}
      </p>
      ${this.notices.render()}
      <div class="columns">
        <div class="column">${this.textPane.render()} ${renderCheck(this.feed.check, (place) => this.textPane.select(place))}</div>
        <div class="column">${this.feedForm.render()}</div>
      </div>
      ${this.previewPane.render(this.previewSrc)} ${this.embedPane.render(this.previewSrc)}
    </div>`;
  }
}

if (!customElements.get('nsiw-workbench')) customElements.define('nsiw-workbench', NsiwWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'nsiw-workbench': NsiwWorkbench;
  }
}
