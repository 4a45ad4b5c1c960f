import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import './preview.css';

/** The part of a custom-elements manifest this file reads. */
interface Manifest {
  modules?: { declarations?: { members?: { privacy?: string }[] }[] }[];
}

/** The manifest records private members too (its schema says so); designers need the public API only. */
function publicApiOnly(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => (member.privacy ?? 'public') === 'public'),
      })),
    })),
  };
}

// `npm run analyze` writes the manifest; a glob (not an import) lets Storybook start before it exists.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(publicApiOnly(manifest));

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * Parts, slots and events are documentation, not settings, so they get no control; custom properties
 * take the strings a stylesheet would (colours, lengths), not objects.
 */
const controlsByCategory: ArgTypesEnhancer = Object.assign(
  ({ argTypes }: Parameters<ArgTypesEnhancer>[0]) =>
    Object.fromEntries(
      Object.entries(argTypes).map(([name, argType]) => {
        const category = argType.table?.category;
        const controlType = typeof argType.control === 'object' ? argType.control.type : argType.control;
        if (category === 'css shadow parts' || category === 'slots' || category === 'events') {
          return [name, { ...argType, control: false }];
        }
        if (category === 'css custom properties' && (controlType === undefined || controlType === 'object')) {
          return [name, { ...argType, control: { type: 'text' } }];
        }
        return [name, argType];
      }),
    ),
  // After Storybook has inferred its own controls, so that these win.
  { secondPass: true },
);

const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'nb', title: 'Norsk bokmål' },
  { value: 'sv', title: 'Svenska' },
  { value: 'da', title: 'Dansk' },
];

const preview: Preview = {
  argTypesEnhancers: [controlsByCategory],
  globalTypes: {
    locale: {
      description: "The page's <html lang>, which picks the widgets' language",
      toolbar: { title: 'Page language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      // Widgets take their language from the host page, so the toolbar sets it there, as a CMS would.
      document.documentElement.lang = String(context.globals.locale ?? 'en');
      return story();
    },
  ],
  parameters: {
    a11y: {
      // Every story is a state a visitor can meet, so every story must pass WCAG 2.2 AA.
      test: 'error',
      options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
