import { transform } from 'esbuild';
import MagicString from 'magic-string';

/**
 * Minifies the CSS of Lit's `css` tagged templates, which a JavaScript minifier leaves as written (a
 * template's text is a value to it): esbuild's CSS minifier, the one the CSS build of most bundlers uses.
 * Only templates without `${…}` parts, as all of this library's are; any other is left alone.
 */
export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    async transform(code, id) {
      if (!/\.styles\.ts$|[/\\]styles\.ts$/.test(id)) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(/\bcss\s*`([^`$\\]*)`/g)) {
        const { code: minified } = await transform(match[1], { loader: 'css', minify: true });
        const start = match.index + match[0].length - match[1].length - 1;
        output.overwrite(start, start + match[1].length, minified.trim());
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
