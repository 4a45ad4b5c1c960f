// Renders the widgets' content into every page Astro makes (`nsiw-widgets/render`): at build time for a
// static site, on each request for pages rendered on demand. The pages keep their tags as written.
import { defineMiddleware } from 'astro:middleware';
import { renderPage } from 'nsiw-widgets/render';
// The feed the pages' `src` names, read at build time: from the site's own files here; a site whose feed
// lives elsewhere fetches it (`await (await fetch(url)).json()`).
import feed from '../../feed.json';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const rendered = await renderPage(await response.text(), { feed, name: context.url.pathname });
  return new Response(rendered, response);
});
