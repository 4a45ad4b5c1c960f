import { expect, waitUntil } from '@open-wc/testing';

/**
 * The shipped workbench (`npm run build` first): `dist/workbench/index.html` as a static server hosts
 * it, under the strict Content-Security-Policy with Trusted Types its own pages declare, its preview
 * running the built `dist/nsiw-widgets.js` beside it.
 */

const FEED = {
  version: 1,
  events: [{ id: 'seminar', title: { nb: 'Seminar om integrering', en: 'Integration seminar' }, start: '2099-10-12T12:30:00+02:00' }],
};

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('the shipped workbench', () => {
  it('names nsiw-widgets.js by its pinned CDN URL and the sha384 the build summary gives it', async () => {
    // The test server recompiles the JavaScript it serves: test/scripts/workbench-build.test.mjs hashes
    // the file's real bytes; here the browser checks the hash of a file it gets as built.
    const cdn = (await (await fetch('/dist/workbench/cdn.json')).json()) as { url: string; integrity: string };
    const summary = (await (await fetch('/dist/build-summary.json')).json()) as { version: string; cdnEntry: unknown };
    expect(cdn).to.deep.equal(summary.cdnEntry);
    expect(cdn.url).to.equal(`https://cdn.jsdelivr.net/npm/nsiw-widgets@${summary.version}/dist/nsiw-widgets.js`);
    const cdnJson = await (await fetch('/dist/workbench/cdn.json', { cache: 'no-store' })).arrayBuffer();
    const files = (await (await fetch('/dist/build-summary.json')).json()) as { files: { path: string; integrity: string }[] };
    expect(files.files.find((file) => file.path === 'workbench/cdn.json')!.integrity).to.equal(await sha384(cdnJson));
  });

  it('runs under its strict CSP with Trusted Types: checks, previews with the built elements and shows the snippet, refusing nothing', async () => {
    localStorage.setItem('nsiw-workbench:feed', JSON.stringify(FEED));
    // Norwegian as an editor chose it: the choice wins over the (English) browser's language.
    localStorage.setItem('nsiw-widgets:locale', 'nb');
    const iframe = document.createElement('iframe');
    iframe.src = '/dist/workbench/index.html';
    iframe.style.width = '1200px';
    iframe.style.height = '900px';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const page = iframe.contentDocument!;
      expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain(
        "require-trusted-types-for 'script'",
      );
      // "Open from an address" may read a feed on another site (one that allows it), over https only.
      expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain("connect-src 'self' https:;");
      const violations: string[] = [];
      const record = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
      page.addEventListener('securitypolicyviolation', record);
      const workbench = page.querySelector('nsiw-workbench')!;
      const root = () => workbench.shadowRoot;
      await waitUntil(() => root()?.querySelector('#check-summary')?.textContent?.includes('Arrangementer: 1'), 'the workbench did not check the kept feed', {
        timeout: 5000,
      });
      // In the page's language, from the workbench's own translations (not the library's chunks).
      expect(root()!.querySelector('h1')!.textContent).to.equal('Arbeidsbenk for feeden');
      expect(root()!.querySelector('#add-events')!.textContent!.trim()).to.equal('Legg til arrangement');
      expect(root()!.querySelector('#check-summary')!.textContent!.trim()).to.equal('Ingen problemer. Arrangementer: 1, workshoper: 0, faner: 0.');
      const snippet = root()!.querySelector<HTMLTextAreaElement>('#embed-snippet')!;
      const cdn = (await (await fetch('/dist/workbench/cdn.json')).json()) as { url: string; integrity: string };
      await waitUntil(() => snippet.value.includes(cdn.integrity), 'the snippet has no integrity hash', { timeout: 5000 });
      expect(snippet.value).to.contain(`<script type="module" src="${cdn.url}" integrity="${cdn.integrity}" crossorigin="anonymous" blocking="render"></script>`);

      const preview = root()!.querySelector<HTMLIFrameElement>('#preview-frame')!;
      const previewed = (title: string) => () => {
        const events = preview.contentDocument?.querySelector('nsiw-events[show="upcoming"]');
        return events?.shadowRoot?.textContent?.includes(title);
      };
      await waitUntil(previewed('Seminar om integrering'), 'the preview did not show the event', { timeout: 5000 });
      preview.contentDocument!.addEventListener('securitypolicyviolation', record);
      expect(preview.contentWindow!.customElements.get('nsiw-events'), 'the preview runs the built elements').to.exist;

      // An edit reaches the preview again, through the frame's Trusted Types policy.
      const box = root()!.querySelector<HTMLTextAreaElement>('#feed-text')!;
      box.value = JSON.stringify({ ...FEED, events: [{ ...FEED.events[0], title: 'Endret tittel' }] });
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(previewed('Endret tittel'), 'the preview did not follow the edit', { timeout: 5000 });
      expect(getComputedStyle(box).fontFamily).to.contain('monospace');
      expect(violations).to.deep.equal([]);
    } finally {
      iframe.remove();
      localStorage.removeItem('nsiw-workbench:feed');
      localStorage.removeItem('nsiw-widgets:locale');
    }
  });

  it('speaks the browser’s language when the editor has chosen none: English in an English browser, the tab’s title too', async () => {
    expect(navigator.languages[0], 'the test browsers prefer English').to.match(/^en\b/);
    localStorage.setItem('nsiw-workbench:feed', JSON.stringify(FEED));
    localStorage.removeItem('nsiw-widgets:locale');
    const iframe = document.createElement('iframe');
    iframe.src = '/dist/workbench/index.html';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    try {
      await loaded;
      const root = () => iframe.contentDocument!.querySelector('nsiw-workbench')!.shadowRoot;
      await waitUntil(() => root()?.querySelector('#check-summary')?.textContent?.includes('Events: 1'), 'the workbench did not check the kept feed', {
        timeout: 5000,
      });
      expect(iframe.contentDocument!.documentElement.lang).to.equal('en');
      expect(root()!.querySelector('h1')!.textContent).to.equal('Feed workbench');
      expect(iframe.contentDocument!.title).to.equal('Feed workbench – N-SIW');
    } finally {
      iframe.remove();
      localStorage.removeItem('nsiw-workbench:feed');
    }
  });
});
