import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The CDN build's feed validator (valibot, the schema, the checks: a fifth of the entry) as a chunk loaded
 * on demand: `src/core/validator/static-validator.ts`, a static import in the bundler build and in Node, becomes
 * `on-demand-validator.ts`, a `lazyModule()`. The bundler build keeps it static, so that a server renders
 * a `.workshop` card whole and the page hydrates it as rendered. A renamed file fails the build here,
 * rather than put the validator back into the entry.
 */
export function validatorOnDemand() {
  const staticValidator = resolve('src/core/validator/static-validator.ts');
  const onDemandValidator = resolve('src/core/validator/on-demand-validator.ts');
  return {
    name: 'validator-on-demand',
    buildStart() {
      for (const path of [staticValidator, onDemandValidator]) {
        if (!existsSync(path)) this.error(`${path} is missing: rename it in scripts/rollup/validator-on-demand.mjs too`);
      }
    },
    async resolveId(source, importer, options) {
      if (!source.endsWith('/static-validator.js') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === staticValidator ? onDemandValidator : null;
    },
  };
}
