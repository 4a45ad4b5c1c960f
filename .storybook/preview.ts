import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { setLocale } from '../src/core/i18n/localization.js';
import { COLOUR_PROPERTY, declarationOf, designersManifest, manifest } from '../stories/manifest.js';
import { DARK_THEME } from '../stories/support.js';
import wcagTags from './wcag-tags.json';
import './preview.css';

if (manifest) setCustomElementsManifest(designersManifest(manifest));

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type ArgType = Parameters<ArgTypesEnhancer>[0]['argTypes'][string];

/** A TypeScript union of string literals as the manifest writes it, e.g. `'upcoming' | 'past' | 'all'`. */
const STRING_LITERALS = /^'[^']*'( \| '[^']*')*$/;

/** The control for an attribute of the manifest type `typeText` (`string | null`, `number`, `'auto'`...). */
function attributeControl(argType: ArgType, typeText: string): ArgType {
  const type = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'null' && part !== 'undefined')
    .join(' | ');
  if (STRING_LITERALS.test(type)) {
    const values = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
    return { ...argType, options: ['', ...values], control: { type: 'inline-radio', labels: { '': 'not set' } } };
  }
  if (type === 'number' || type === 'boolean') return { ...argType, control: { type } };
  // Strings, dates as ISO strings, and types the manifest names without spelling out (`EventsShow`).
  return { ...argType, control: { type: 'text' } };
}

/**
 * The control of each documented API entry, from its manifest type, so that stories list no attribute by
 * hand: attributes get a field for their type (a story's own control wins); a property behind an
 * attribute is set through that attribute's control; custom properties take CSS text or a colour; parts,
 * slots and events are documentation, not settings.
 */
function controlFor(argType: ArgType, propertiesWithAttribute: Set<string>): ArgType {
  const category = argType.table?.category;
  const control = typeof argType.control === 'object' ? argType.control.type : argType.control;
  // What Storybook infers for a type it does not know, i.e. no story chose this control.
  const inferred = control === undefined || control === 'object';
  if (category === 'css shadow parts' || category === 'slots' || category === 'events') {
    return { ...argType, control: false };
  }
  if (category === 'css custom properties' && inferred) {
    return { ...argType, control: { type: COLOUR_PROPERTY.test(argType.name) ? 'color' : 'text' } };
  }
  if (category === 'attributes' && inferred) return attributeControl(argType, argType.table?.type?.summary ?? '');
  if (category === 'properties' && propertiesWithAttribute.has(argType.name)) {
    return { ...argType, control: false };
  }
  return argType;
}

const controlsFromManifest: ArgTypesEnhancer = Object.assign(
  ({ argTypes, component }: Parameters<ArgTypesEnhancer>[0]) => {
    const declaration = typeof component === 'string' ? declarationOf(component) : undefined;
    const propertiesWithAttribute = new Set(declaration?.attributes?.map((attribute) => attribute.fieldName ?? ''));
    return Object.fromEntries(Object.entries(argTypes).map(([name, argType]) => [name, controlFor(argType, propertiesWithAttribute)]));
  },
  // After Storybook has inferred its own controls from the types, so that these win.
  { secondPass: true },
);

const LOCALES = [
  { value: 'nb', title: 'Norsk bokmål' },
  { value: 'en', title: 'English' },
  { value: 'sv', title: 'Svenska' },
  { value: 'da', title: 'Dansk' },
];

/**
 * The toolbar's themes. Widgets are styled only through their documented `--nsiw-*` custom properties
 * (set here on the page around them, as a partner's stylesheet would, and inherited) and `color-scheme`.
 */
const THEMES: Record<string, { title: string; properties: Record<string, string>; hostClass?: string }> = {
  host: { title: 'Host page (inherited)', properties: {} },
  fafo: {
    // Illustrative colours in the spirit of Fafo's site, not its brand guide.
    title: 'Fafo-like',
    properties: {
      '--nsiw-accent': '#8c1c3c',
      '--nsiw-muted': '#4f4a57',
      '--nsiw-border': '#d9c6cd',
      '--nsiw-radius': '0.75rem',
      '--nsiw-gap': '1.25rem',
      '--nsiw-focus-ring': '3px solid #8c1c3c',
      '--nsiw-tab-indicator-width': '4px',
      '--nsiw-tab-selected-font-weight': '700',
    },
  },
  [DARK_THEME]: {
    // A dark partner page whose widgets opt in (color-scheme="auto") to their own high-contrast dark
    // scheme; under a light system setting they inherit the page's dark colours, so it looks the same.
    title: 'High-contrast dark',
    hostClass: 'dark-host',
    properties: {
      '--nsiw-accent': '#ffd75e',
      '--nsiw-muted': '#dcdcdc',
      '--nsiw-border': '#9a9a9a',
      '--nsiw-focus-ring': '3px solid #ffd75e',
      '--nsiw-dark-background': '#000',
      '--nsiw-dark-color': '#fff',
    },
  },
};

/** Widths to try the widgets at, down to the 320 px that WCAG 2.2 reflow asks for. */
const VIEWPORTS = {
  narrow320: { name: 'Small phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  phone390: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  tablet768: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop1280: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

const preview: Preview = {
  argTypesEnhancers: [controlsFromManifest],
  globalTypes: {
    locale: {
      description: 'The shared locale of every widget on the page (setLocale), and the page’s <html lang>',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    dir: {
      description: 'The text direction: right to left sets dir="rtl" on every widget, which they follow (not a page’s dir)',
      toolbar: {
        title: 'Direction',
        icon: 'direction',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'A host page’s theme, set through the documented --nsiw-* custom properties and color-scheme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', dir: 'ltr', theme: 'host' },
  loaders: [
    // Before the story renders, so that it renders in the toolbar's locale from its first frame.
    async ({ globals }) => {
      const locale = String(globals.locale ?? 'en');
      document.documentElement.lang = locale;
      // Not remembered: the toolbar is the page, not a visitor choosing with the toggle.
      await setLocale(locale, { remember: false });
    },
  ],
  decorators: [
    (story, { globals }) => {
      const theme = THEMES[String(globals.theme)] ?? THEMES.host;
      const dir = globals.dir === 'rtl' ? 'rtl' : 'ltr';
      const rendered = story();
      // A widget runs left to right unless `dir="rtl"` is on the widget itself, as a page would write it.
      if (dir === 'rtl' && rendered instanceof Element) {
        for (const widget of [rendered, ...rendered.querySelectorAll('*')]) {
          if (widget.localName.startsWith('nsiw-')) widget.setAttribute('dir', 'rtl');
        }
      }
      return html`<div dir=${dir} class=${theme.hostClass ?? ''} style=${styleMap(theme.properties)}>${rendered}</div>`;
    },
  ],
  parameters: {
    a11y: {
      // Every story is a state a visitor can meet, so every story must pass WCAG 2.2 A and AA.
      test: 'error',
      options: { runOnly: wcagTags },
    },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Foundations', ['Introduction', 'Usage', 'Design tokens'], 'Elements', 'Workbench'] },
    },
    viewport: { options: VIEWPORTS },
  },
  tags: ['autodocs'],
};

export default preview;
