import { expect } from '@open-wc/testing';
import { resolveFeedUrl } from '../../../src/core/feed/urls.js';

const FEED_URL = 'https://feeds.example.org/nsiw/feed.json';

describe('resolveFeedUrl', () => {
  for (const [value, expected] of [
    ['https://www.fafo.no/nsiw', 'https://www.fafo.no/nsiw'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/A', 'https://example.org/A'],
    ['mailto:post@fafo.no', 'mailto:post@fafo.no'],
    ['seminar.html', 'https://feeds.example.org/nsiw/seminar.html'],
    ['./seminar.html#programme', 'https://feeds.example.org/nsiw/seminar.html#programme'],
    ['../index.html', 'https://feeds.example.org/index.html'],
    ['/about', 'https://feeds.example.org/about'],
    ['?page=2', 'https://feeds.example.org/nsiw/feed.json?page=2'],
    ['//cdn.example.org/x.pdf', 'https://cdn.example.org/x.pdf'],
    [' https://example.org/ ', 'https://example.org/'],
  ] as const) {
    it(`accepts ${JSON.stringify(value)} as ${expected}`, () => {
      expect(resolveFeedUrl(value, FEED_URL)).to.equal(expected);
    });
  }

  for (const value of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'blob:https://example.org/uuid',
    'http://',
    'https://[not-a-host',
    '',
    '   ',
  ]) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(resolveFeedUrl(value, FEED_URL)).to.equal(undefined);
    });
  }

  it('refuses what is not a string', () => {
    expect(resolveFeedUrl(42 as unknown as string, FEED_URL)).to.equal(undefined);
  });

  it("lets a relative link take the base's scheme, but never an absolute one with a bad scheme", () => {
    // What the command-line validator sees for a feed file on disk.
    expect(resolveFeedUrl('seminar.html', 'file:///srv/feeds/feed.json')).to.equal('file:///srv/feeds/seminar.html');
    expect(resolveFeedUrl('file:///etc/passwd', 'file:///srv/feeds/feed.json')).to.equal(undefined);
    expect(resolveFeedUrl('javascript:alert(1)', 'file:///srv/feeds/feed.json')).to.equal(undefined);
  });

  it('refuses a relative link when the base cannot have one', () => {
    expect(resolveFeedUrl('seminar.html', 'data:application/json,{}')).to.equal(undefined);
  });

  it('resolves against the base it is given, not the page', () => {
    expect(resolveFeedUrl('a.html', 'https://other.example/dir/')).to.equal('https://other.example/dir/a.html');
    expect(resolveFeedUrl('a.html', document.baseURI)).to.equal(new URL('a.html', document.baseURI).href);
  });
});
