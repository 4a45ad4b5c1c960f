// `npm test -- ssr` (after `npm run build`): the package on a server, in Node, as Astro, Next.js or any
// server renderer meets it.
// 1. Without any DOM: every `exports` entry imports; `getLocale()` / `setLocale()` work; `loadFeed()` reads
//    an absolute URL (from a local server) and says why a relative one cannot be resolved.
// 2. With @lit-labs/ssr: each element renders its shell (a declarative shadow root) without throwing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './manifest.mjs';
import { startStaticServer } from './support/static-server.mjs';

const problems = [];
const check = (ok, message) => ok || problems.push(message);

// --- 1. No DOM.
check(typeof document === 'undefined' && typeof window === 'undefined', 'Node has a document: the test proves nothing');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('.js'))
  .map(([subpath]) => `${pkg.name}${subpath.slice(1)}`);
for (const entry of entries) {
  await import(entry).catch((error) => problems.push(`import '${entry}' without a DOM: ${error.stack}`));
}
const core = await import(`${pkg.name}/core.js`);
check(core.getLocale() === 'en', `getLocale() on a server: ${core.getLocale()}, not en`);
await core.setLocale('nb').catch((error) => problems.push(`setLocale('nb') on a server: ${error}`));
check(core.getLocale() === 'nb', `getLocale() after setLocale('nb'): ${core.getLocale()}`);
await core.setLocale('en');

const feed = readFileSync(join(root, 'examples/feed.json'));
const server = await startStaticServer({ handle: ({ send }) => send('application/json', feed) });
try {
  const url = `${server.origin}/feed.json`;
  const loaded = await core.loadFeed(url);
  check(loaded.feed.events.length > 0, `loadFeed('${url}') on a server: no events`);
} catch (error) {
  problems.push(`loadFeed() of an absolute URL on a server: ${error.message}`);
} finally {
  server.close();
}
const relative = await core.loadFeed('feed.json').then(
  () => 'loaded',
  (error) => error.message,
);
check(/absolute URL/.test(relative), `loadFeed('feed.json') on a server should ask for an absolute URL, said: ${relative}`);

// --- 2. Lit SSR.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const workshop = { id: 'oslo-2023', number: 1, title: 'Workshop', start: '2023-10-12', end: '2023-10-13' };
/** Each element's markup, and a text its shell must show (the feed elements' loading state, in English). */
const shells = {
  'nsiw-events': [html`<nsiw-events src="https://example.org/feed.json" show="past" limit="3"></nsiw-events>`, 'Loading events…'],
  'nsiw-info-tabs': [html`<nsiw-info-tabs><details id="about"><summary>About</summary>Text</details></nsiw-info-tabs>`, '<slot'],
  'nsiw-language-toggle': [html`<nsiw-language-toggle locales="nb en"></nsiw-language-toggle>`, 'Til norsk versjon'],
  'nsiw-workshop-card': [html`<nsiw-workshop-card .workshop=${workshop}></nsiw-workshop-card>`, '12–13 October 2023'],
  'nsiw-workshop-series': [html`<nsiw-workshop-series src="https://example.org/feed.json"></nsiw-workshop-series>`, 'Loading workshops…'],
};
for (const [tag, [template, text]] of Object.entries(shells)) {
  try {
    const out = await collectResult(render(template));
    check(
      out.includes(`<${tag}`) && /<template shadowroot(?:mode)?="open"/.test(out),
      `<${tag}>: no declarative shadow root in ${out.slice(0, 200)}`,
    );
    check(out.includes(text), `<${tag}>: the server-rendered shell lacks "${text}"`);
    console.log(`ok  <${tag}> rendered by @lit-labs/ssr (${out.length} characters)`);
  } catch (error) {
    problems.push(`<${tag}> in @lit-labs/ssr: ${error.stack}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `Server checks passed: ${entries.length} entries imported without a DOM, locale and loader, ${Object.keys(shells).length} elements rendered by Lit SSR.`,
);

// A server that imports the library must be able to exit: nothing of it may hold Node's event loop open
// (a timer, an open MessagePort). What the checks above used closes on its own within moments (the local
// server and fetch's connection to it, a port being closed), so the check waits for that, then names
// whatever is still held. Left to itself, such a leak would hang this check, and CI with it.
const deadline = Date.now() + 5000;
(function waitForQuiet() {
  const held = process.getActiveResourcesInfo().filter((resource) => !['TTYWrap', 'PipeWrap', 'FSReqCallback'].includes(resource));
  // This check's own timer is one of them.
  held.splice(held.indexOf('Timeout'), held.includes('Timeout') ? 1 : 0);
  if (held.length === 0) return;
  if (Date.now() > deadline) {
    console.error(`The library keeps Node's event loop alive after its work: ${held.join(', ')}`);
    process.exit(1);
  }
  setTimeout(waitForQuiet, 50);
})();
