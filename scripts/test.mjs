// `npm test`: every check of the project, each build step once. The steps are package.json's own scripts,
// listed in STEPS and expanded here: a script made of `npm run …` parts is replaced by those parts (with
// its `pre`/`post` scripts), recursively, and a script already run is not run again. So `npm run build`
// alone still runs `localize:build` first, while `npm test` generates the locale modules once (not inside
// `build` and `build-storybook` again) and analyzes the elements once (not inside `build-storybook` again).
//
//   node scripts/test.mjs              the whole run (what `npm test` does)
//   node scripts/test.mjs --list       prints the steps without running them
//   node scripts/test.mjs --from NAME  starts at the first step whose name contains NAME (after a failure)
//
// Prints each step's name and duration; stops at the first failing step with its exit status.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** What `npm test` runs, in order: the fast checks first, the browsers last. */
export const STEPS = [
  'lint',
  'check-translations',
  'localize:build',
  'typecheck',
  'build',
  'test:wordpress',
  'check:api-docs',
  'check:syntax',
  'check:package',
  'check:editor-data',
  'test:ssr',
  'test:types',
  'test:scripts',
  'build:examples',
  'size',
  'test:browsers',
  'test:tz',
  'check:leaks',
  'test:storybook',
];

const NPM_RUN = /^npm run ([\w:.-]+)$/;

/**
 * The shell commands `names` stand for, in order, each once: `{ name, command }`, `name` the chain of
 * scripts that led to it (`build › rollup -c`). A script without any `npm run` part is one command, as npm
 * runs it (`cd dir && …` stays together).
 */
export function expand(scripts, names) {
  const done = new Set();
  const steps = [];
  const visit = (name, trail) => {
    if (done.has(name)) return;
    if (!(name in scripts)) throw new Error(`package.json has no script "${name}"`);
    done.add(name);
    const label = [...trail, name].join(' › ');
    if (scripts[`pre${name}`] !== undefined) visit(`pre${name}`, trail);
    const parts = scripts[name].split(' && ').map((part) => part.trim());
    if (!parts.some((part) => NPM_RUN.test(part))) steps.push({ name: label, command: scripts[name] });
    else {
      for (const part of parts) {
        const nested = NPM_RUN.exec(part);
        if (nested) visit(nested[1], [...trail, name]);
        else steps.push({ name: `${label} › ${part.length > 60 ? `${part.slice(0, 57)}…` : part}`, command: part });
      }
    }
    if (scripts[`post${name}`] !== undefined) visit(`post${name}`, trail);
  };
  for (const name of names) visit(name, []);
  return steps;
}

const root = fileURLToPath(new URL('..', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: options } = parseArgs({
    options: { list: { type: 'boolean', default: false }, from: { type: 'string' } },
  });
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  let steps = expand(scripts, STEPS);
  if (options.from) {
    const start = steps.findIndex((step) => step.name.includes(options.from));
    if (start < 0) throw new Error(`no step matches "${options.from}"`);
    steps = steps.slice(start);
  }
  if (options.list) {
    for (const [index, step] of steps.entries()) console.log(`${String(index + 1).padStart(2)}. ${step.name}: ${step.command}`);
    process.exit(0);
  }

  // As `npm run` would: the packages' binaries on the PATH, from the repository's root.
  const env = { ...process.env, PATH: [join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter) };
  const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);
  const durations = [];
  const started = performance.now();
  for (const [index, step] of steps.entries()) {
    console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}\n  $ ${step.command}`);
    const start = performance.now();
    const { status, signal } = spawnSync(step.command, { cwd: root, env, shell: true, stdio: 'inherit' });
    durations.push([step.name, seconds(start)]);
    if (status !== 0) {
      const code = status ?? 1;
      console.error(`\n✗ ${step.name} failed (${signal ? `signal ${signal}` : `exit status ${code}`}) after ${seconds(start)} s.`);
      console.error(`  Again from there: node scripts/test.mjs --from '${step.name}'`);
      process.exit(code);
    }
    console.log(`✓ ${step.name} (${seconds(start)} s)`);
  }
  const width = Math.max(...durations.map(([name]) => name.length));
  console.log(`\nAll ${steps.length} steps passed in ${seconds(started)} s:`);
  for (const [name, taken] of durations) console.log(`  ${name.padEnd(width)} ${taken.padStart(7)} s`);
}
