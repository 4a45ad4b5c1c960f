import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Pages a server renders: a request for `/test/…/NAME.html` that has a `NAME.server.mjs` beside it is
 * answered with what that script prints, run by Node in a process of its own (so that the server's DOM
 * shim and element registry stay out of the test runner's).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function nodeRenderedPagesPlugin() {
  return {
    name: 'node-rendered-pages',
    async serve(context) {
      if (!context.path.startsWith('/test/') || !context.path.endsWith('.html')) return undefined;
      const script = join(process.cwd(), context.path.replace(/\.html$/, '.server.mjs'));
      if (!existsSync(script)) return undefined;
      const { stdout } = await run(process.execPath, [script]);
      return { body: stdout, type: 'html' };
    },
  };
}
