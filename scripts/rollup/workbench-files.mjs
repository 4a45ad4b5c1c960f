import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { cdnUrl, integrityOf } from '../support/cdn.mjs';

/**
 * The editors' workbench (`workbench/`, `dist/workbench/`): its pages and styles copied beside its
 * scripts, and `cdn.json`, the CDN address and integrity hash of the `nsiw-widgets.js` just built (the
 * CDN build runs first), for the snippet it shows. Its preview frame imports that very file,
 * `../nsiw-widgets.js`, as a page would: the shipped elements, not a second build of them.
 */
export function workbenchFiles() {
  const STATIC_FILES = ['index.html', 'preview.html', 'workbench.css', 'preview.css'];
  return {
    name: 'workbench-files',
    resolveId(source, importer) {
      if (source === '../src/nsiw-widgets.js' && importer?.startsWith(resolve('workbench') + sep))
        return { id: '../nsiw-widgets.js', external: true };
      // The workbench's translations (lit-localize.workbench.json: its own strings and those of the core it
      // uses), so that its strings stay out of the library's translation chunks.
      const locale = /generated\/locales\/(nb|sv|da)\.js$/.exec(source)?.[1];
      if (locale && importer?.endsWith('/src/core/i18n/localization.ts')) return resolve(`workbench/generated/locales/${locale}.ts`);
      return null;
    },
    generateBundle() {
      for (const fileName of STATIC_FILES) this.emitFile({ type: 'asset', fileName, source: readFileSync(`workbench/${fileName}`) });
      const cdnEntry = 'dist/nsiw-widgets.js';
      if (!existsSync(cdnEntry)) this.error(`${cdnEntry} is missing: the CDN build must run before the workbench's`);
      const cdn = { url: cdnUrl('nsiw-widgets.js'), integrity: integrityOf(readFileSync(cdnEntry)) };
      this.emitFile({ type: 'asset', fileName: 'cdn.json', source: `${JSON.stringify(cdn, null, 2)}\n` });
    },
  };
}
