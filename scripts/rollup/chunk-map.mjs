import { relative, sep } from 'node:path';

/**
 * `dist/chunks.json`: which file each lazily loaded module of the CDN build became (`{"src/…ts":
 * "chunks/<hash>.js"}`). The chunks are named by their content's hash alone, so that renaming a source
 * file changes no byte of the build; this map is how tests and preload hints find a chunk by its role.
 */
export function chunkMap() {
  return {
    name: 'chunk-map',
    generateBundle(_options, bundle) {
      const map = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && !chunk.isEntry && chunk.facadeModuleId) {
          map[relative(process.cwd(), chunk.facadeModuleId).split(sep).join('/')] = chunk.fileName;
        }
      }
      const sorted = Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify(sorted, null, 2)}\n` });
    },
  };
}
