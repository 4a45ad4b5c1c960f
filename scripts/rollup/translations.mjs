import MagicString from 'magic-string';
import { HASH_DELIMITER, generateMsgId } from '@lit/localize/internal/id-generation.js';
import { isTaggedTemplate, walk } from './syntax-tree.mjs';

/**
 * The CDN build's translations keyed by their English text instead of a hash of it, so that the entry
 * carries no hash function (@lit/localize's fnv1a64). The runtime finds a translation by the id
 * `generateMsgId` gives a message; here that function returns the text itself (prefixed as Lit
 * prefixes its ids), and the locale chunks' keys are rewritten from hash to text. Every `msg()` call's
 * id is computed at build time with @lit/localize's own `generateMsgId`, and a translation whose hash
 * matches no call fails the build, so a message the parse missed cannot silently lose its translation.
 * Only the CDN build: the bundler build keeps @lit/localize as it is, hashes and all.
 *
 * This reaches into @lit/localize's internal modules because its public way does not spare the hash:
 * with an explicit `msg(…, { id })` the runtime skips hashing but still bundles the function for calls
 * without one (lit/lit#1469). Measured against this plugin: @lit/localize as it is, +216 B brotli in the
 * entry and +200 B in each locale chunk; explicit ids of one or two letters, +373 B in the entry and
 * -313 B in each locale chunk; readable ids, +491 B and -60 B. If @lit/localize stops importing
 * `./id-generation.js`, the build fails rather than ship translations nobody finds.
 */
export function translationsByText() {
  const STUB = '\0nsiw-message-id';
  const textById = new Map();
  let stubLoaded = false;
  const literalText = (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') return { strings: node.value, html: false };
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return { strings: node.quasis[0].value.cooked, html: false };
    if (isTaggedTemplate(node, 'str') || isTaggedTemplate(node, 'html')) {
      return { strings: node.quasi.quasis.map((quasi) => quasi.value.cooked), html: node.tag.name === 'html' };
    }
    return undefined;
  };
  const textId = ({ strings, html }) => (html ? 'h' : 's') + (typeof strings === 'string' ? strings : strings.join(HASH_DELIMITER));
  return {
    name: 'translations-by-text',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('@lit/localize') ? STUB : null;
    },
    load(id) {
      if (id !== STUB) return null;
      stubLoaded = true;
      return `export const generateMsgId = (strings, html) => (html ? 'h' : 's') + (typeof strings === 'string' ? strings : strings.join(${JSON.stringify(HASH_DELIMITER)}));`;
    },
    transform(code, id) {
      if (!/[/\\]src[/\\]/.test(id) || !code.includes('msg(')) return null;
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const message = literalText(node.arguments[0]);
        if (!message) this.error(`msg() in ${id} takes a literal message, whose id the CDN build can compute`);
        textById.set(generateMsgId(message.strings, message.html), textId(message));
      });
      return null;
    },
    buildEnd(error) {
      if (!error && !stubLoaded)
        this.error("@lit/localize no longer imports './id-generation.js': the translations keyed by text would not be found");
    },
    renderChunk(code, chunk) {
      if (!chunk.facadeModuleId || !/[/\\]generated[/\\]locales[/\\]/.test(chunk.facadeModuleId)) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(/(['"])([sh][0-9a-f]{16})\1(?=\s*:)/g)) {
        const text = textById.get(match[2]);
        if (text === undefined) this.error(`${chunk.fileName}: the translation ${match[2]} matches no msg() call of the CDN build`);
        output.overwrite(match.index, match.index + match[0].length, JSON.stringify(text));
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
