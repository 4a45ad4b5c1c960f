// A server-only helper: an element's content rendered with `nsiw-widgets/render`, from the feed the app
// reads at build time (or on each request). The page passes it to the client component, which sends it
// inside the element as its declarative shadow root (see `RenderedContent` in widgets.tsx).
import { renderPage } from 'nsiw-widgets/render';
// The feed the elements' `src` names: from the app's own files here; an app whose feed lives elsewhere
// fetches it (`await (await fetch(url)).json()`).
import feed from '../../feed.json';

/** The content `renderPage` renders for `<tag …attributes>`: the inside of its `<template shadowrootmode>`. */
export async function renderedContent(tag: string, attributes: Record<string, string> = {}): Promise<string> {
  const markup = `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('')}></${tag}>`;
  const rendered = await renderPage(markup, { feed, locale: 'en' });
  const template = rendered.indexOf('<template');
  return rendered.slice(rendered.indexOf('>', template) + 1, rendered.lastIndexOf('</template>'));
}
