import { resolve } from 'node:path';

/**
 * The CDN build's feed validator (valibot, the schema, the checks: a fifth of the entry) as a chunk loaded
 * on demand: `src/core/validator/static-validator.ts`, a static import in the bundler build and in Node, becomes
 * `on-demand-validator.ts`, a `lazyModule()`. The bundler build keeps it static, so that a server renders
 * a `.workshop` card whole and the page hydrates it as rendered.
 */
export function validatorOnDemand() {
  const staticValidator = resolve('src/core/validator/static-validator.ts');
  return {
    name: 'validator-on-demand',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/static-validator.js') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === staticValidator ? resolve('src/core/validator/on-demand-validator.ts') : null;
    },
  };
}
