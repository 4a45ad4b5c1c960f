// `npm run bench`: measures the built library (run `npm run build` first) in Debian's Chromium and writes
// bench/RESULTS.md: size, render time against vanilla DOM, locale switch, layout shift, the cost of many
// elements on one feed, big feeds, a phone-like profile and rendering on the server, with a table of the goals.
//
//   node bench/run.mjs                     all sections; writes bench/RESULTS.md
//   node bench/run.mjs --only render,many  some sections; prints them, writes nothing
//   node bench/run.mjs --quick             few repetitions, to try the harness; writes nothing
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { environment, launchBrowser, snapshotDist, startServer, table } from './harness.mjs';
import { sizeSection } from './size.mjs';
import { renderSection } from './render.mjs';
import { localeSection } from './locale-switch.mjs';
import { layoutShiftSection } from './layout-shift.mjs';
import { manySection } from './many.mjs';
import { bigFeedsSection } from './big-feeds.mjs';
import { phoneSection } from './phone.mjs';
import { serverRenderSection } from './server-render.mjs';

const SECTIONS = ['size', 'render', 'locale', 'layout', 'many', 'big', 'phone', 'server-render'];
const { values: options } = parseArgs({
  options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
});
const only = options.only ? options.only.split(',') : SECTIONS;
const unknown = only.filter((name) => !SECTIONS.includes(name));
if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
const complete = only.length === SECTIONS.length && !options.quick;

/** Repetitions: enough for stable medians, within about five minutes on the project's 2-core machine. */
const REPETITIONS = options.quick
  ? {
      render: { small: 3, large: 2 },
      localePageLoads: 2,
      localeRuns: 4,
      layoutRuns: 1,
      manyLoads: 3,
      bigLoads: 1,
      phoneLoads: 1,
      serverRenderRuns: 2,
    }
  : {
      render: { small: 15, large: 9 },
      localePageLoads: 4,
      localeRuns: 8,
      layoutRuns: 2,
      manyLoads: 8,
      bigLoads: undefined,
      phoneLoads: 9,
      serverRenderRuns: 7,
    };

const startedAt = new Date();
const dist = await snapshotDist();
const server = await startServer(dist.directory);
const browser = await launchBrowser();
const sections = {};
/** Seconds each section took. */
const durations = {};
let machine;
try {
  machine = await environment(browser);
  const timed = async (name, run) => {
    const start = Date.now();
    sections[name] = await run();
    durations[name] = Math.round((Date.now() - start) / 1000);
  };
  // The locale section finds the translation chunks through the size section's list of dist files.
  if (only.includes('size') || only.includes('locale')) await timed('size', () => sizeSection({ distDirectory: dist.directory }));
  if (only.includes('render')) {
    await timed('render', () => renderSection({ browser, server, distDirectory: dist.directory, runs: REPETITIONS.render }));
  }
  if (only.includes('locale')) {
    await timed('locale', () =>
      localeSection({
        browser,
        server,
        distDirectory: dist.directory,
        distFiles: sections.size.distFiles,
        pageLoads: REPETITIONS.localePageLoads,
        runs: REPETITIONS.localeRuns,
      }),
    );
  }
  if (only.includes('layout')) await timed('layout', () => layoutShiftSection({ browser, server, runs: REPETITIONS.layoutRuns }));
  if (only.includes('many')) await timed('many', () => manySection({ browser, server, loads: REPETITIONS.manyLoads }));
  if (only.includes('big')) await timed('big', () => bigFeedsSection({ browser, server, loads: REPETITIONS.bigLoads }));
  if (only.includes('phone')) await timed('phone', () => phoneSection({ browser, server, loads: REPETITIONS.phoneLoads }));
  if (only.includes('server-render')) await timed('server-render', () => serverRenderSection({ runs: REPETITIONS.serverRenderRuns }));
} finally {
  await browser.close();
  await server.close();
  dist.remove();
}

const seconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
const loadAfter = loadavg();
const goals = SECTIONS.flatMap((name) => (only.includes(name) && sections[name] ? sections[name].goals : []));
const goalRows = goals.map((goal) => [goal.goal, goal.met ? 'met' : '**not met**', goal.figure, goal.reason ?? '']);
const report = `# Benchmarks

Written by \`npm run bench\` (\`node bench/run.mjs\`, after \`npm run build\`) on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC,
in ${Math.floor(seconds / 60)} min ${seconds % 60} s (${Object.entries(durations)
  .map(([name, taken]) => `${name} ${taken} s`)
  .join(', ')}). Do not edit by
hand: run it again.

| | |
|---|---|
| CPU | ${machine.cpu}, **${machine.cores} cores** |
| memory | ${machine.memoryGiB.toFixed(1)} GiB |
| browser | ${machine.browser}, headless (Debian's \`/usr/bin/chromium\` through puppeteer-core) |
| Node | ${machine.node} |
| load average (1 min) | ${machine.loadAverage[0].toFixed(1)} at the start, ${loadAfter[0].toFixed(1)} at the end |

The numbers come from a 2-core machine that was shared with other work while it ran (see the load
average): absolute times are slower and noisier than on a quiet desktop, and the same machine moves them by
a third or more from run to run. Ratios measured in the same page and run (render: element ÷ vanilla) are
steadier than absolute times. Medians with their interquartile range (IQR, 25th–75th percentile) and
extremes; the method of each section is stated with it. The library is the built \`dist/\` (copied to a
temporary folder at the start, so that a rebuild elsewhere cannot change it mid-run), served from
127.0.0.1 by a small Node server, \`no-store\`, cross-origin isolated (for \`performance.now()\`'s 5 µs resolution).

## Goals

${table(['goal', 'result', 'figure', 'why, when not met'], goalRows, ['---', '---', '---', '---'])}

${SECTIONS.filter((name) => sections[name] && only.includes(name))
  .map((name) => sections[name].markdown)
  .join('\n')}`;

if (complete) {
  writeFileSync(new URL('RESULTS.md', import.meta.url), report);
  console.log(`\nWrote bench/RESULTS.md (${seconds} s).`);
} else {
  console.log(`\n${report}\n(Not written: ${options.quick ? '--quick' : '--only'} run, ${seconds} s.)`);
}
