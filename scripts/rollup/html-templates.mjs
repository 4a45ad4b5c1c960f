import MagicString from 'magic-string';
import { isTaggedTemplate, walk } from './syntax-tree.mjs';

/**
 * Shortens the indentation of Lit's `html` templates: a run of white space that holds a line break becomes
 * one space, which HTML renders as the run did (none of the templates is `<pre>`, `<textarea>` or styled
 * `white-space: pre`). Every build that renders applies it, the CDN build and the npm modules alike: Lit
 * hydrates server-rendered markup only when the digest of a template's strings is the one the server
 * wrote, so a page that a server rendered from the npm modules is hydrated by the CDN build
 * (test/dist/hydration.test.ts).
 */
export function collapseTemplateWhitespace() {
  return {
    name: 'collapse-template-whitespace',
    transform(code, id) {
      if (!/[/\\]src[/\\]/.test(id) || !/\bhtml\s*`/.test(code)) return null;
      const output = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (!isTaggedTemplate(node, 'html')) return;
        for (const quasi of node.quasi.quasis) {
          const text = code.slice(quasi.start, quasi.end);
          const collapsed = text.replace(/\s*\n\s*/g, ' ');
          if (collapsed !== text) output.overwrite(quasi.start, quasi.end, collapsed);
        }
      });
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
