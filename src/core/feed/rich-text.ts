/**
 * The parser of the feed's rich text (`docs/feed.md`): blank-line paragraphs, `- ` bullet lists,
 * `*emphasis*`, `**strong**` and `[label](url)` links; everything else is literal text. It builds a plain
 * tree, free of Lit, so that `rich-text.ts` renders it and the feed validator (which also runs in Node,
 * for `npm run validate-feed`) reports the links it refuses, from one reading of the text.
 */
import { resolveFeedUrl } from './urls.js';

export type Inline = string | Emphasis | Link;

export interface Emphasis {
  kind: 'em' | 'strong';
  children: Inline[];
}

export interface Link {
  kind: 'link';
  /** The URL as written. */
  destination: string;
  /** Absolute and of an allowed scheme, or `undefined` when the URL was refused (the label stays). */
  href: string | undefined;
  children: Inline[];
}

type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** A paragraph or a bullet list, its inline content parsed. */
export type RichBlock = { kind: 'paragraph'; content: Inline[] } | { kind: 'list'; items: Inline[][] };

/** A run of `*` that may open and/or close emphasis, in the sense of CommonMark's flanking rules. */
interface Delimiter {
  count: number;
  canOpen: boolean;
  canClose: boolean;
}

const BULLET = /^[ \t]*-[ \t]+(.*)$/;
/** Longer runs of `*` are literal: `***` (strong inside emphasis) is the most the subset can mean. */
const LONGEST_DELIMITER = 3;
/** Emphasis nested deeper than this is literal, so that no string can build a tree deep enough to hurt. */
const DEEPEST_EMPHASIS = 8;
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Parses feed rich text into paragraphs and lists of inline content. Markers that do not pair up
 * (`*open`, `[label](no closing paren`) and anything outside the subset (`# heading`, `<b>`) stay literal
 * text. A link whose URL is not http, https, mailto or relative gets no `href` and keeps its label.
 *
 * @param baseUrl - The feed's own absolute URL: relative links are resolved against it.
 */
export function parseRichText(text: string, baseUrl: string): RichBlock[] {
  return parseBlocks(String(text)).map((block) =>
    block.kind === 'paragraph'
      ? { kind: 'paragraph', content: parseInline(block.text, baseUrl, true) }
      : { kind: 'list', items: block.items.map((item) => parseInline(item, baseUrl, true)) },
  );
}

/** The URLs, as written, of the links in `text` that are refused (shown as plain text instead). */
export function refusedLinks(text: string, baseUrl: string): string[] {
  const refused: string[] = [];
  const visit = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (node.kind === 'link' && node.href === undefined) refused.push(node.destination);
      visit(node.children);
    }
  };
  for (const block of parseRichText(text, baseUrl)) {
    if (block.kind === 'paragraph') visit(block.content);
    else block.items.forEach(visit);
  }
  return refused;
}

/**
 * Splits text into paragraphs and lists. A `- ` line starts a list item, a following line without the
 * marker continues it, and items separated by blank lines still form one list (a "loose" list).
 */
function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*(?:\n[ \t]*)+/)) {
    let current: Block | undefined;
    for (const line of chunk.split('\n')) {
      const bullet = BULLET.exec(line);
      if (bullet) {
        const previous = current ?? blocks.at(-1);
        if (previous?.kind === 'list') {
          previous.items.push(bullet[1]);
          current = previous;
        } else {
          current = { kind: 'list', items: [bullet[1]] };
          blocks.push(current);
        }
      } else if (line.trim() === '') {
        continue;
      } else if (current?.kind === 'list') {
        current.items[current.items.length - 1] += `\n${line.trim()}`;
      } else if (current?.kind === 'paragraph') {
        current.text += `\n${line.trim()}`;
      } else {
        current = { kind: 'paragraph', text: line.trim() };
        blocks.push(current);
      }
    }
  }
  return blocks;
}

/**
 * For each opening `open` character, the index of the `close` that balances it, or -1; in one pass, so
 * that a string full of unmatched brackets costs no more than any other string.
 */
function matchPairs(text: string, open: string, close: string): Int32Array {
  const matches = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === open) stack.push(index);
    else if (text[index] === close && stack.length > 0) matches[stack.pop()!] = index;
  }
  return matches;
}

function isWhitespace(char: string | undefined): boolean {
  return char === undefined || WHITESPACE.test(char);
}

function isPunctuation(char: string | undefined): boolean {
  return char !== undefined && PUNCTUATION.test(char);
}

/**
 * Parses inline markup. Links are found first and are atomic (emphasis does not pair across a link's
 * edge, but works inside its label); a label cannot hold another link.
 */
function parseInline(text: string, baseUrl: string, allowLinks: boolean): Inline[] {
  const brackets = allowLinks ? matchPairs(text, '[', ']') : undefined;
  const parens = allowLinks ? matchPairs(text, '(', ')') : undefined;
  const tokens: (Inline | Delimiter)[] = [];
  let literal = '';
  const flushLiteral = () => {
    if (literal) tokens.push(literal);
    literal = '';
  };

  for (let index = 0; index < text.length;) {
    const char = text[index];
    if (char === '*') {
      let end = index;
      while (text[end] === '*') end++;
      if (end - index > LONGEST_DELIMITER) {
        literal += text.slice(index, end);
        index = end;
        continue;
      }
      const before = text[index - 1];
      const after = text[end];
      // CommonMark's flanking rules: `5 * 3 * 2` and `a ** b` stay literal, `**bold**.` closes.
      const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
      const rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
      flushLiteral();
      tokens.push({ count: end - index, canOpen: leftFlanking, canClose: rightFlanking });
      index = end;
      continue;
    }
    if (char === '[' && brackets && parens) {
      const labelEnd = brackets[index];
      const urlEnd = labelEnd !== -1 && text[labelEnd + 1] === '(' ? parens[labelEnd + 1] : -1;
      const destination = urlEnd !== -1 ? text.slice(labelEnd + 2, urlEnd).trim() : '';
      if (urlEnd !== -1 && !WHITESPACE.test(destination)) {
        flushLiteral();
        const label = parseInline(text.slice(index + 1, labelEnd), baseUrl, false);
        tokens.push({
          kind: 'link',
          destination,
          href: resolveFeedUrl(destination, baseUrl),
          // An empty label would make a link with no name; the address is the next best name.
          children: label.length > 0 ? label : [destination],
        });
        index = urlEnd + 1;
        continue;
      }
    }
    literal += char;
    index++;
  }
  flushLiteral();
  return pairEmphasis(tokens);
}

/**
 * Pairs `*` runs into emphasis: each closing run matches the nearest open run before it, two stars
 * from each side making strong and one making emphasis (`***both***` is strong inside emphasis); stars
 * left over are literal. Matching only the nearest run keeps this linear in the length of the text.
 */
function pairEmphasis(tokens: readonly (Inline | Delimiter)[]): Inline[] {
  const root: Inline[] = [];
  const open: { delimiter: Delimiter; children: Inline[] }[] = [];
  const children = () => open.at(-1)?.children ?? root;

  for (const token of tokens) {
    if (typeof token === 'string' || 'kind' in token) {
      children().push(token);
      continue;
    }
    const closer = { ...token };
    while (closer.canClose && closer.count > 0 && open.length > 0) {
      const opener = open.at(-1)!;
      const used = closer.count >= 2 && opener.delimiter.count >= 2 ? 2 : 1;
      const wrapped: Emphasis = { kind: used === 2 ? 'strong' : 'em', children: opener.children };
      closer.count -= used;
      opener.delimiter.count -= used;
      if (opener.delimiter.count > 0) {
        opener.children = [wrapped];
      } else {
        open.pop();
        children().push(wrapped);
      }
    }
    if (closer.count === 0) continue;
    if (closer.canOpen && open.length < DEEPEST_EMPHASIS) open.push({ delimiter: closer, children: [] });
    else children().push('*'.repeat(closer.count));
  }

  // Runs never closed are literal stars in front of what followed them. Pushed one by one: spreading
  // them as arguments overflows the stack once a run is followed by some 100,000 nodes.
  while (open.length > 0) {
    const { delimiter, children: content } = open.pop()!;
    const parent = children();
    parent.push('*'.repeat(delimiter.count));
    for (const node of content) parent.push(node);
  }
  return root;
}

/**
 * Feed rich text as plain text, for what shows no markup (calendar files and services): emphasis as its
 * words, a link as its label with its address after it in parentheses (unless the label is the address;
 * a refused link keeps its label alone), paragraphs apart by a blank line, list items as `- ` lines.
 *
 * @param baseUrl - The feed's own absolute URL: relative links are resolved against it.
 */
export function plainText(text: string, baseUrl: string): string {
  const inline = (nodes: readonly Inline[]): string =>
    nodes
      .map((node) => {
        if (typeof node === 'string') return node;
        const label = inline(node.children);
        if (node.kind !== 'link' || node.href === undefined || label === node.destination || label === node.href) return label;
        return `${label} (${node.href})`;
      })
      .join('');
  return parseRichText(text, baseUrl)
    .map((block) => (block.kind === 'paragraph' ? inline(block.content) : block.items.map((item) => `- ${inline(item)}`).join('\n')))
    .join('\n\n');
}
