/**
 * Properties of the rich-text renderer, over generated strings (fast-check): whatever an editor (or an
 * attacker) writes, rendering it into a real DOM makes no element or attribute outside the Markdown
 * subset's, and no link outside http, https and mailto.
 *
 * A fixed seed and run count by default (CI); for more runs or another seed:
 *   FC_RUNS=10000 FC_SEED=123 npm test -- browsers
 * or for this file alone: FC_RUNS=10000 FC_SEED=123 WTR_COVERAGE=0 npx wtr --files test/core/element/rich-text.property.test.ts
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { renderRichText } from '../../../src/core/element/rich-text.js';
import { parseRichText } from '../../../src/core/feed/rich-text.js';
import { anyCodeUnit, propertyParameters, propertyTimeout } from '../../support/properties.js';

/** The elements the subset makes, and the one attribute any of them carries. */
const ALLOWED_ELEMENTS = new Set(['p', 'ul', 'li', 'em', 'strong', 'a']);
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const RUNS = 1500;

/** Pieces of markup, of HTML and of hostile links, that generated strings are made of. */
const PIECES = [
  '*',
  '**',
  '***',
  '****',
  '[',
  ']',
  '(',
  ')',
  '](',
  ')[',
  '- ',
  '-',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\t',
  '\\',
  '<',
  '>',
  '"',
  "'",
  '=',
  '&',
  '&amp;',
  '&lt;script&gt;',
  '<!--',
  '-->',
  '<![CDATA[',
  '`',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<style>*{}</style>',
  '<p>',
  '</li>',
  '<iframe src=//x>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:x',
  ' javascript:x',
  '\u0000javascript:x',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  'file:///etc/passwd',
  'blob:https://x/1',
  'about:blank',
  'http://example.org/',
  'https://www.fafo.no/a?b=c#d',
  'mailto:a@b.no',
  '//evil.example/x',
  'relative.html',
  '../up',
  '#frag',
  '?q=1',
  'http:evil',
  'https:\\\\evil',
  '\u0000',
  '\u202e',
  '\u200b',
  '\ufeff',
  'ø',
  '😀',
  '\ud800',
  '\udc00',
];

const richText = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: anyCodeUnit, maxLength: 3 })), {
      maxLength: 60,
    })
    .map((pieces) => pieces.join('')),
  fc.string({ unit: anyCodeUnit, maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const baseUrl = fc.constantFrom(
  'https://feeds.example.org/nsiw/feed.json',
  'http://localhost:8000/test/fixtures/feed.json',
  'https://www.fafo.no/nsiw/2023/feed.json?lang=nb#x',
);

/** Every node below `root`, depth first. */
function* descendants(root: Node): Generator<Node> {
  for (const child of root.childNodes) {
    yield child;
    yield* descendants(child);
  }
}

/** What in `container` falls outside the subset, described for the failure message; empty when nothing does. */
function outsideTheSubset(container: HTMLElement): string[] {
  const found: string[] = [];
  for (const node of descendants(container)) {
    if (node instanceof Element) {
      const name = node.localName;
      if (!ALLOWED_ELEMENTS.has(name) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`element <${name}>`);
      for (const attribute of node.getAttributeNames()) {
        if (!(name === 'a' && attribute === 'href')) found.push(`attribute ${attribute} on <${name}>`);
      }
      if (node instanceof HTMLAnchorElement) {
        const href = node.getAttribute('href');
        if (href === null) found.push('<a> without href');
        else if (!ALLOWED_PROTOCOLS.has(new URL(href).protocol)) found.push(`link to ${href}`);
      }
    } else if (node.nodeType === Node.COMMENT_NODE) {
      // Lit's own markers: `<!---->`, `<!--?-->` and `<!--?lit$123$-->`.
      if (!/^(\?(lit\$\d+\$)?)?$/.test((node as Comment).data)) found.push(`comment ${(node as Comment).data}`);
    } else if (node.nodeType !== Node.TEXT_NODE) {
      found.push(`node of type ${node.nodeType}`);
    }
  }
  return found;
}

describe('renderRichText properties', () => {
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => container.remove());

  it('renders any string with only p, ul, li, em, strong and a, and only http, https and mailto links', function () {
    this.timeout(propertyTimeout(RUNS));
    fc.assert(
      fc.property(richText, baseUrl, (text, base) => {
        // A fresh container each time: Lit reuses what it rendered into one before.
        const target = document.createElement('div');
        container.replaceChildren(target);
        render(renderRichText(text, { baseUrl: base }), target);
        expect(outsideTheSubset(target), JSON.stringify(text)).to.deep.equal([]);
      }),
      propertyParameters(RUNS),
    );
  });

  it('keeps every character of text without links, except markers and white space', function () {
    this.timeout(propertyTimeout(RUNS));
    // Links aside, the subset only ever removes markers (`*`, `- `) and white space: HTML stays text.
    const plain = fc
      .array(fc.oneof(fc.constantFrom('*', '**', '- ', '\n', '\n\n', ' ', '<b>', '&amp;', '<!--x-->'), fc.string({ maxLength: 6 })), {
        maxLength: 40,
      })
      .map((pieces) => pieces.join(''))
      .filter((text) => !/[[\]()]/.test(text));
    fc.assert(
      fc.property(plain, (text) => {
        const target = document.createElement('div');
        container.replaceChildren(target);
        render(renderRichText(text, { baseUrl: 'https://feeds.example.org/feed.json' }), target);
        const letters = (value: string) => value.replace(/[\s*-]/g, '');
        expect(letters(target.textContent ?? ''), JSON.stringify(text)).to.equal(letters(text));
      }),
      propertyParameters(RUNS),
    );
  });

  it('parses very long runs of open stars, links and bidi controls without throwing, keeping every link', function () {
    // Few runs: each parses up to a megabyte, and the whole suite runs with coverage on a shared machine.
    const runs = 3;
    this.timeout(propertyTimeout(runs));
    // Up to 180,000 nodes after an open `*`: more than V8 takes as spread arguments (the 2 MB case that
    // passes Firefox's limit too is in feed-validate.test.ts).
    const long = fc.record({
      opener: fc.constantFrom('*', '**', '***', '*\u202e', '\u200b*'),
      links: fc.integer({ min: 40_000, max: 60_000 }),
      between: fc.constantFrom(' ', '', '\u202e', '\u200b', ' *'),
    });
    fc.assert(
      fc.property(long, ({ opener, links, between }) => {
        const text = `${opener}${`[a](b)${between}`.repeat(links)}`;
        const blocks = parseRichText(text, 'https://feeds.example.org/feed.json');
        const count = (nodes: readonly unknown[]): number =>
          nodes.reduce<number>((sum, node) => {
            if (typeof node === 'string') return sum;
            const inline = node as { kind: string; children: unknown[] };
            return sum + (inline.kind === 'link' ? 1 : 0) + count(inline.children);
          }, 0);
        expect(blocks.reduce((sum, block) => sum + (block.kind === 'paragraph' ? count(block.content) : 0), 0)).to.equal(links);
      }),
      propertyParameters(runs),
    );
  });
});
