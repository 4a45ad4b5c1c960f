import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { jsonErrorPosition } from '../../src/core/feed/json-position.js';
import { text } from '../support/dom.js';
import { shadowRoots, until } from './host-page.js';

/**
 * `<nsiw-info-tabs>` pasted inside a `<p>`, and messages that name the real cause of a failure and its
 * fix, with one `console.error` naming the element and the URL.
 */

/** Records the console's `method` calls that come from the library while `run` runs. */
async function logged(method: 'error' | 'warn', run: () => Promise<void>): Promise<string[]> {
  const messages: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.startsWith('nsiw-widgets:')) messages.push(message);
    else original.apply(console, args);
  };
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return messages;
}

/** The element in its error state, once it shows it. */
async function failed(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(template);
  await until(document, () => !!element.shadowRoot?.querySelector('[part~="error"]'));
  return element;
}

describe('each failure has its own headline, a fix, and one console.error', () => {
  it('a feed on another origin without CORS: says CORS, names the header, offers no retry', async () => {
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const src = `${location.protocol}//${otherHost}:${location.port}/__faults/feed?id=${crypto.randomUUID()}`;
    let element!: HTMLElement;
    const errors = await logged('error', async () => {
      element = await failed(html`<nsiw-events src=${src}></nsiw-events>`);
    });
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert.querySelector('p'))).to.match(/^The feed is on another site, which does not allow this page to read it\./);
    expect(text(alert.querySelector('[part~="error-detail"]'))).to.include('Access-Control-Allow-Origin');
    expect(alert.querySelector('[part~="retry-button"]'), 'trying again cannot change a server’s headers').to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<nsiw-events').and.include(src);
  });

  it('no src and no inline feed: says there is no feed, and to set src', async () => {
    let element!: HTMLElement;
    const errors = await logged('error', async () => {
      element = await failed(html`<nsiw-workshop-card workshop-id="oslo-2023"></nsiw-workshop-card>`);
    });
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(text(alert.querySelector('p'))).to.match(/^This widget has not been given a feed\./);
    expect(text(alert)).not.to.include('not valid JSON');
    expect(text(alert.querySelector('[part~="error-detail"]'))).to.include('set the src attribute');
    expect(alert.querySelector('[part~="retry-button"]')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<nsiw-workshop-card>');
  });

  it('a trailing comma: names the line and column, in every engine', async () => {
    let element!: HTMLElement;
    const errors = await logged('error', async () => {
      element = await failed(html`<nsiw-events
        ><script type="application/json">
{
  "version": 1,
  "events": [],
}
        </script></nsiw-events
      >`);
    });
    const detail = text(element.shadowRoot!.querySelector('[part~="error-detail"]'));
    expect(text(element.shadowRoot!.querySelector('[role="alert"] p'))).to.match(/^The feed is not valid JSON\./);
    expect(detail).to.include('line 5, column 1');
    expect(errors).to.have.length(1);
  });

  it('a 404 and invalid JSON from a URL: one console.error each, naming the element and the URL', async () => {
    const missing = `${location.origin}/__faults/feed?id=${crypto.randomUUID()}&status=404`;
    const notJson = `${location.origin}/__faults/feed?id=${crypto.randomUUID()}&body=html&type=application/json`;
    let cards!: HTMLElement[];
    const errors = await logged('error', async () => {
      cards = [
        await failed(html`<nsiw-events src=${missing}></nsiw-events>`),
        await failed(html`<nsiw-info-tabs src=${notJson}></nsiw-info-tabs>`),
      ];
    });
    expect(errors).to.have.length(2);
    expect(errors[0]).to.include('<nsiw-events').and.include(missing).and.include('404');
    expect(errors[1]).to.include('<nsiw-info-tabs').and.include(notJson).and.include('line 1, column 1');
    // A status may pass and a login page in the feed's place may go: "Try again" stays for these.
    for (const card of cards) expect(card.shadowRoot!.querySelector('[part~="retry-button"]')).to.exist;
  });
});

describe('jsonErrorPosition', () => {
  const CASES: [string, string, { line: number; column: number } | undefined][] = [
    ['valid', '{"a": [1, 2.5e3, "x\\n", true, null]}', undefined],
    ['trailing comma in an array', '[1, 2,]', { line: 1, column: 7 }],
    ['trailing comma in an object', '{\n  "a": 1,\n}', { line: 3, column: 1 }],
    ['single quotes', "{'a': 1}", { line: 1, column: 2 }],
    ['unterminated string', '{"a": "b', { line: 1, column: 9 }],
    ['a bad escape', '"a\\x"', { line: 1, column: 3 }],
    ['HTML instead', '<!doctype html>', { line: 1, column: 1 }],
    ['empty', '', { line: 1, column: 1 }],
    ['text after the value', '{} x', { line: 1, column: 4 }],
    ['a leading zero', '[01]', { line: 1, column: 3 }],
  ];
  for (const [name, input, expected] of CASES) {
    it(`${name}: ${JSON.stringify(expected)}`, () => {
      expect(jsonErrorPosition(input)).to.deep.equal(expected);
    });
  }
});

describe('<nsiw-info-tabs> pasted inside a <p>', () => {
  it('takes back the <details> the parser moved out of the paragraph, and says so once', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const warnings = await logged('warn', async () => {
      // What wpautop and WYSIWYG editors write; the parser closes the <p> at the first <details>.
      container.innerHTML =
        '<p><nsiw-info-tabs><details id="about"><summary>About</summary><p>Researchers.</p></details>' +
        '<details id="contact"><summary>Contact</summary><p>Write to Fafo.</p></details></nsiw-info-tabs></p>';
      const element = container.querySelector('nsiw-info-tabs')!;
      await until(document, () => element.shadowRoot?.querySelectorAll('[role="tab"]').length === 2);
    });
    const element = container.querySelector('nsiw-info-tabs')!;
    const tabs = [...element.shadowRoot!.querySelectorAll('[role="tab"]')].map(text);
    expect(tabs).to.deep.equal(['About', 'Contact']);
    expect(element.querySelectorAll(':scope > details')).to.have.length(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('inside a <p>').and.include('outside');
    expect(shadowRoots(container)).to.have.length(1);
  });

  it('says so when nothing can be taken back', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const original = console.warn;
    const warned = new Promise<string>((resolve) => {
      console.warn = (...args: unknown[]) => resolve(args.map(String).join(' '));
    });
    try {
      container.innerHTML = '<p><nsiw-info-tabs></nsiw-info-tabs></p>';
      expect(await warned)
        .to.include('inside a <p>')
        .and.include('nothing to show');
    } finally {
      console.warn = original;
    }
  });
});
