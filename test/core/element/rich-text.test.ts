import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderRichText } from '../../../src/core/element/rich-text.js';

const BASE_URL = 'https://feeds.example.org/nsiw/feed.json';

/** Renders rich text into a fresh element. */
function rendered(text: string, baseUrl = BASE_URL): HTMLElement {
  const container = document.createElement('div');
  render(renderRichText(text, { baseUrl }), container);
  return container;
}

/** The rendered markup as a reader of the DOM sees it, without Lit's comment markers. */
function markup(text: string, baseUrl = BASE_URL): string {
  return rendered(text, baseUrl).innerHTML.replace(/<!--[^]*?-->/g, '');
}

describe('renderRichText', () => {
  describe('blocks', () => {
    it('renders plain text as one paragraph', () => {
      expect(markup('Fafo coordinates the network.')).to.equal('<p>Fafo coordinates the network.</p>');
    });

    it('renders nothing for empty or blank text', () => {
      expect(markup('')).to.equal('');
      expect(markup(' \n\t\n ')).to.equal('');
    });

    it('starts a new paragraph at each blank line, however many and however written', () => {
      expect(markup('One.\n\nTwo.\r\n\r\nThree.\n \t\n\n\nFour.')).to.equal('<p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p>');
    });

    it('keeps lines without a blank line between them in one paragraph', () => {
      const paragraphs = rendered('First line\n  second line\r\nthird line').querySelectorAll('p');
      expect(paragraphs).to.have.length(1);
      expect(paragraphs[0].textContent).to.equal('First line\nsecond line\nthird line');
    });

    it('renders "- " lines as a bullet list', () => {
      expect(markup('- Oslo\n- Copenhagen\n  - Stockholm')).to.equal('<ul><li>Oslo</li><li>Copenhagen</li><li>Stockholm</li></ul>');
    });

    it('lets a list follow a paragraph line directly, and continues an item on the next line', () => {
      expect(markup('Workshops in:\n- Oslo,\n  at Fafo\n- Malmö')).to.equal(
        '<p>Workshops in:</p><ul><li>Oslo,\nat Fafo</li><li>Malmö</li></ul>',
      );
    });

    it('keeps items separated by blank lines in one list, but a paragraph between them ends it', () => {
      expect(markup('- one\n\n- two\n\n\n- three')).to.equal('<ul><li>one</li><li>two</li><li>three</li></ul>');
      expect(markup('- one\n\nBetween.\n\n- two')).to.equal('<ul><li>one</li></ul><p>Between.</p><ul><li>two</li></ul>');
    });

    it('needs the space after the dash', () => {
      expect(markup('-5 degrees\n---')).to.equal('<p>-5 degrees\n---</p>');
    });

    it('shows other block markup literally', () => {
      expect(markup('# Heading\n\n1. first\n\n* star item\n\n> quote')).to.equal(
        '<p># Heading</p><p>1. first</p><p>* star item</p><p>&gt; quote</p>',
      );
    });
  });

  describe('emphasis', () => {
    it('renders *emphasis* and **strong**', () => {
      expect(markup('An *important* and **very important** date.')).to.equal(
        '<p>An <em>important</em> and <strong>very important</strong> date.</p>',
      );
    });

    it('renders ***both*** as strong inside emphasis', () => {
      expect(markup('***both***')).to.equal('<p><em><strong>both</strong></em></p>');
    });

    it('nests emphasis inside strong and strong inside emphasis', () => {
      expect(markup('**bold *and italic* text**')).to.equal('<p><strong>bold <em>and italic</em> text</strong></p>');
      expect(markup('*italic **and bold** text*')).to.equal('<p><em>italic <strong>and bold</strong> text</em></p>');
    });

    it('closes emphasis next to punctuation and inside words', () => {
      expect(markup('**“Quoted”**, *here*. un*frigging*believable')).to.equal(
        '<p><strong>“Quoted”</strong>, <em>here</em>. un<em>frigging</em>believable</p>',
      );
    });

    it('spans emphasis across a line break inside a paragraph', () => {
      expect(markup('*one\ntwo*')).to.equal('<p><em>one\ntwo</em></p>');
    });

    it('shows unclosed markers literally', () => {
      expect(markup('*open')).to.equal('<p>*open</p>');
      expect(markup('**open')).to.equal('<p>**open</p>');
      expect(markup('close* and close**')).to.equal('<p>close* and close**</p>');
      expect(markup('*one\n\ntwo*')).to.equal('<p>*one</p><p>two*</p>');
    });

    it('shows the stars left over from unequal markers literally', () => {
      expect(markup('**half*')).to.equal('<p>*<em>half</em></p>');
      expect(markup('*half**')).to.equal('<p><em>half</em>*</p>');
    });

    it('leaves stars surrounded by spaces alone', () => {
      expect(markup('5 * 3 * 2 and a ** b ** c')).to.equal('<p>5 * 3 * 2 and a ** b ** c</p>');
    });

    it('shows runs of more than three stars literally', () => {
      expect(markup('****not bold****')).to.equal('<p>****not bold****</p>');
    });

    it('does not pair emphasis inside a list item with the next item', () => {
      expect(markup('- *one\n- two*')).to.equal('<ul><li>*one</li><li>two*</li></ul>');
    });

    it('limits how deep emphasis nests', () => {
      const deep = `${'*a '.repeat(50)}x${' b*'.repeat(50)}`;
      const element = rendered(deep);
      let depth = 0;
      for (let node = element.querySelector('em'); node; node = node.querySelector('em')) depth++;
      expect(depth).to.be.within(1, 10);
      expect(element.textContent!.replace(/[*\s]/g, '')).to.equal(deep.replace(/[*\s]/g, ''));
    });
  });

  describe('links', () => {
    it('links absolute http, https and mailto URLs', () => {
      const links = [
        ...rendered('[Fafo](https://www.fafo.no/) [old](http://example.org/a?b=c#d) [mail](mailto:nsiw@fafo.no)').querySelectorAll('a'),
      ];
      expect(links.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
        ['Fafo', 'https://www.fafo.no/'],
        ['old', 'http://example.org/a?b=c#d'],
        ['mail', 'mailto:nsiw@fafo.no'],
      ]);
    });

    it('resolves relative links against the feed URL, not the page', () => {
      const links = [...rendered('[a](programme.html) [b](../other/) [c](/root) [d](#part)').querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://feeds.example.org/nsiw/programme.html',
        'https://feeds.example.org/other/',
        'https://feeds.example.org/root',
        'https://feeds.example.org/nsiw/feed.json#part',
      ]);
    });

    it('renders emphasis inside a label and around a link', () => {
      expect(markup('**[the *programme*](https://x.org/p)** and *[site](https://x.org/)*')).to.equal(
        '<p><strong><a href="https://x.org/p">the <em>programme</em></a></strong> and <em><a href="https://x.org/">site</a></em></p>',
      );
    });

    it('renders links inside list items', () => {
      expect(markup('- [One](https://x.org/1)\n- two')).to.equal('<ul><li><a href="https://x.org/1">One</a></li><li>two</li></ul>');
    });

    it('keeps balanced brackets in the label and balanced parentheses in the URL', () => {
      expect(markup('[see [1]](https://en.wikipedia.org/wiki/Fafo_(institute)).')).to.equal(
        '<p><a href="https://en.wikipedia.org/wiki/Fafo_(institute)">see [1]</a>.</p>',
      );
    });

    it('allows spaces around the URL but not inside it', () => {
      expect(markup('[a]( https://x.org/ )')).to.equal('<p><a href="https://x.org/">a</a></p>');
      expect(markup('[a](https://x.org/ "title")')).to.equal('<p>[a](https://x.org/ "title")</p>');
      expect(markup('[a] (https://x.org/)')).to.equal('<p>[a] (https://x.org/)</p>');
    });

    it('names a link with an empty label by its address', () => {
      expect(markup('[](https://www.fafo.no/)')).to.equal('<p><a href="https://www.fafo.no/">https://www.fafo.no/</a></p>');
    });

    it('shows incomplete link markup literally', () => {
      expect(markup('[label](https://x.org/ and [label] and [x](y')).to.equal('<p>[label](https://x.org/ and [label] and [x](y</p>');
    });

    it('does not put a link inside another link', () => {
      const element = rendered('[outer [inner](https://x.org/i)](https://x.org/o)');
      expect(element.querySelectorAll('a')).to.have.length(1);
      expect(element.querySelector('a a')).to.equal(null);
    });

    it('does not pair emphasis across the edge of a link', () => {
      expect(markup('*a [b* c](https://x.org/)')).to.equal('<p>*a <a href="https://x.org/">b* c</a></p>');
    });
  });

  describe('hostile text', () => {
    it('keeps the label but drops links with other schemes', () => {
      const hostile = [
        '[a](javascript:alert(1))',
        '[b](JaVaScRiPt:alert(1))',
        '[c](\u0001javascript:alert(1))',
        '[d](data:text/html,<script>alert(1)</script>)',
        '[e](vbscript:msgbox(1))',
        '[f](file:///etc/passwd)',
      ].join(' ');
      const element = rendered(hostile);
      expect(element.querySelectorAll('a')).to.have.length(0);
      expect(element.textContent).to.equal('a b c d e f');
    });

    it('shows raw HTML as text and creates no elements from it', () => {
      const hostile =
        '<script>window.richTextRan = true</script><img src=x onerror="window.richTextRan = true"><b>bold</b> ' +
        '<a href="javascript:alert(1)">x</a> &amp; <!-- comment -->';
      const element = rendered(hostile);
      expect(element.querySelectorAll('script, img, b, a')).to.have.length(0);
      expect(element.querySelector('p')!.textContent).to.equal(hostile);
      expect((window as unknown as { richTextRan?: boolean }).richTextRan).to.equal(undefined);
    });

    it('keeps markup characters in a link label and a link URL inert', () => {
      const element = rendered('[<img src=x onerror=alert(1)>](https://x.org/?q="><script>)');
      const link = element.querySelector('a')!;
      expect(link.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(link.getAttribute('href')).to.equal('https://x.org/?q=%22%3E%3Cscript%3E');
      expect(element.querySelectorAll('img, script')).to.have.length(0);
    });

    it('reads long runs of unmatched markup without building anything from them', () => {
      const hostile = `${'[a]('.repeat(5000)}${'*b '.repeat(5000)}${'['.repeat(5000)}${'('.repeat(5000)}`;
      const element = rendered(hostile);
      expect(element.querySelectorAll('a')).to.have.length(0);
      expect(element.textContent!.length).to.equal(hostile.length);
    });

    it('accepts any value at run time and renders it as text', () => {
      expect(markup(42 as unknown as string)).to.equal('<p>42</p>');
    });
  });
});
