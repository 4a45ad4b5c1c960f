// `npm test`: every check of the project, one after another, stopping at the first that fails. The static
// checks first (seconds), then the build and what reads it, the browsers last (minutes). Why a list in a
// file rather than wireit, as Lit and Material Web use: CONTRIBUTING.md, "npm test".
//
//   npm test                         every step, with each one's time at the end
//   npm test -- browsers leaks       only the steps named, in the list's order
//   npm test -- --from size          from that step to the end (again after a failure)
//   npm test -- --list               the steps and their commands, without running them
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * What `npm test` runs, in order, as `[name, shell command]`. Each build step runs once: `check` reads
 * the locale modules that `npm ci` generated (`prepare`), `build` generates them again with the rest of
 * `dist/` and `custom-elements.json`, and the Storybook step builds from those.
 */
export const STEPS = [
  ['check', 'npm run check'],
  ['build', 'npm run build'],
  ['wordpress', 'npm run test:wordpress'],
  ['api-docs', 'node scripts/build-api-docs.mjs --check'],
  ['syntax', 'node scripts/check-syntax.mjs'],
  ['package', 'node scripts/check-package.mjs'],
  ['editor-data', 'node scripts/check-editor-data.mjs'],
  ['ssr', 'node scripts/check-ssr.mjs'],
  ['types', 'node scripts/test-types.mjs'],
  ['scripts', 'node --test test/scripts/'],
  ['examples', 'npm run build:examples'],
  ['size', 'npm run size'],
  ['browsers', 'xvfb-run -a wtr'],
  ['new-york', 'TZ=America/New_York xvfb-run -a wtr --config web-test-runner.tz.config.mjs'],
  ['leaks', 'node scripts/check-leaks.mjs'],
  ['storybook', 'storybook build -o storybook-static && node scripts/check-storybook.mjs'],
];

/** The steps to run: those `names` (all when none), or every step from `from` on. */
export function select(steps, { names = [], from } = {}) {
  for (const name of [...names, ...(from ? [from] : [])]) {
    if (!steps.some(([step]) => step === name)) throw new Error(`no step "${name}"; npm test -- --list names them`);
  }
  if (from) return steps.slice(steps.findIndex(([step]) => step === from));
  return names.length ? steps.filter(([step]) => names.includes(step)) : steps;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { list: { type: 'boolean', default: false }, from: { type: 'string' } },
  });
  const steps = select(STEPS, { names: positionals, from: values.from });
  if (values.list) {
    for (const [name, command] of steps) console.log(`${name.padEnd(12)} ${command}`);
    process.exit(0);
  }

  // As `npm run` would: the packages' binaries on the PATH, from the repository's root.
  const root = fileURLToPath(new URL('..', import.meta.url));
  const env = { ...process.env, PATH: [join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter) };
  const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);
  const durations = [];
  const started = performance.now();
  for (const [index, [name, command]] of steps.entries()) {
    console.log(`\n▶ [${index + 1}/${steps.length}] ${name}\n  $ ${command}`);
    const start = performance.now();
    const { status, signal } = spawnSync(command, { cwd: root, env, shell: true, stdio: 'inherit' });
    durations.push([name, seconds(start)]);
    if (status !== 0) {
      console.error(`\n✗ ${name} failed (${signal ? `signal ${signal}` : `exit status ${status}`}) after ${seconds(start)} s.`);
      console.error(`  Again from there: npm test -- --from ${name}`);
      process.exit(status || 1);
    }
    console.log(`✓ ${name} (${seconds(start)} s)`);
  }
  console.log(`\n${steps.length} steps passed in ${seconds(started)} s:`);
  for (const [name, taken] of durations) console.log(`  ${name.padEnd(12)} ${taken.padStart(7)} s`);
}
