/**
 * The preview frame: the shipped elements (`dist/nsiw-widgets.js`, beside the workbench) fed the text the
 * editor is writing, each as a page would paste it, with the feed inline. A frame of its own, so that the
 * preview's locale and width are not the workbench's.
 */
import { setLocale } from '../src/nsiw-widgets.js';
import { isPreviewRequest, type PreviewRequest } from './preview/preview-protocol.js';

interface ScriptPolicy {
  createScript(text: string): string;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy };

/**
 * Under `require-trusted-types-for 'script'` the text of a `<script>` must come from a policy, data blocks
 * too. This one is private to this module, which gives it only the text of `type="application/json"`
 * blocks that no browser runs: the editor's text exactly, so that an element shows what a page would
 * show for it, the JSON error with its line and column included.
 */
const policy: ScriptPolicy | undefined = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy(
  'nsiw-workbench-preview',
  { createScript: (text) => text },
);

function inlineFeed(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  (script as { text: unknown }).text = policy ? policy.createScript(text) : text;
  return script;
}

async function show(request: PreviewRequest): Promise<void> {
  await setLocale(request.locale, { remember: false });
  const root = document.getElementById('preview')!;
  const sections = request.elements.map(({ tag, attributes }) => {
    const section = document.createElement('section');
    const label = document.createElement('p');
    label.className = 'element-name';
    label.textContent = `<${tag}${Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('')}>`;
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (request.now && tag !== 'nsiw-language-toggle' && tag !== 'nsiw-info-tabs') element.setAttribute('now', request.now);
    if (tag !== 'nsiw-language-toggle') element.append(inlineFeed(request.feed));
    section.append(label, element);
    return section;
  });
  root.replaceChildren(...sections);
  document.documentElement.lang = request.locale;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== location.origin || event.source !== parent || !isPreviewRequest(event.data)) return;
  void show(event.data);
});
parent.postMessage({ type: 'nsiw-workbench-preview-ready' }, location.origin);
