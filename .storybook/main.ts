import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const SOURCE_DIR = fileURLToPath(new URL('../src/', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The built workbench and the CDN build its preview loads, for the Workbench story (after `npm run build`).
  staticDirs: existsSync(`${DIST_DIR}workbench/index.html`) ? [{ from: '../dist', to: '/dist' }] : [],
  // The machines this runs on (CI, designers' laptops behind a firewall) must not wait on the network.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own "Get started" checklist is for those who set Storybook up, not for designers reading it.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal(viteConfig) {
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'nsiw-sources-register-elements',
        // package.json `sideEffects` names only the built files, so the bundler would drop a story's
        // `import '../src/events/nsiw-events.js'`; the sources register their elements too.
        transform(code, id) {
          return id.startsWith(SOURCE_DIR) ? { code, map: null, moduleSideEffects: true } : null;
        },
      },
    ];
    // Storybook's renderer imports `lit/directive-helpers.js`; pre-bundled with the rest of Lit, it shares
    // one copy of lit-html with the elements instead of loading a second one in `storybook dev`.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    // Stories load their feeds (the sample feed, the fixtures in stories/feeds/) by URL, as pages do; each
    // must stay a file, never become a `data:` URL.
    viteConfig.build = {
      ...viteConfig.build,
      assetsInlineLimit: (file) => (/\.(json|txt)$/.test(file) ? false : undefined),
    };
    return viteConfig;
  },
};

export default config;
