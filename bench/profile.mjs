// Where the time of a benchmark step goes: V8's sampling CPU profiler through the DevTools protocol, with
// the minified bundle's frames mapped back to the TypeScript (and dependency) sources by its source maps.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { table } from './harness.mjs';

const SAMPLING_INTERVAL_US = 200;

/** Source maps of the served `dist/` files, read once each. */
function sourceMaps(distDirectory) {
  const maps = new Map();
  return (url) => {
    const path = /\/dist\/(.+\.js)$/.exec(new URL(url).pathname)?.[1];
    if (!path) return undefined;
    if (!maps.has(path)) {
      try {
        maps.set(path, new SourceMap(JSON.parse(readFileSync(join(distDirectory, `${path}.map`), 'utf8'))));
      } catch {
        maps.set(path, undefined);
      }
    }
    return maps.get(path);
  };
}

/** `src/core/time/dates.ts`, `lit-html`, `valibot`: the source file, or the package for dependencies. */
function sourceName(originalSource) {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(originalSource);
  if (dependency) return dependency[1];
  const own = /(src\/.+)$/.exec(originalSource);
  return own ? own[1] : originalSource;
}

/**
 * Names a profile node: its area (a source file, a dependency, the DOM, or V8's own buckets) and its
 * function, mapped to the original source where a map covers it.
 */
function locate(callFrame, mapFor) {
  const { url, functionName, lineNumber, columnNumber } = callFrame;
  if (!url) {
    if (functionName.startsWith('(')) return { area: functionName, name: functionName };
    return { area: 'DOM and built-in calls', name: functionName || '(anonymous)' };
  }
  const map = url.startsWith('http') ? mapFor(url) : undefined;
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (!entry?.originalSource) return { area: 'benchmark harness', name: functionName || '(anonymous)' };
  const area = sourceName(entry.originalSource);
  return { area, name: `${entry.name || functionName || '(anonymous)'} (${area.split('/').pop()}:${entry.originalLine + 1})` };
}

/**
 * Runs `prepare` and then, under the profiler, `call`, `repetitions` times; returns, per run, the self
 * time of each area and function and the total (inclusive) time of each function.
 */
export async function profile(tab, distDirectory, { prepare, call, repetitions }) {
  const client = await tab.createCDPSession();
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  const mapFor = sourceMaps(distDirectory);
  const selfByArea = new Map();
  const selfByFunction = new Map();
  const totalByFunction = new Map();
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  for (let run = 0; run < repetitions; run++) {
    await prepare();
    await client.send('Profiler.start');
    await call();
    const { profile: cpuProfile } = await client.send('Profiler.stop');
    const nodes = new Map(cpuProfile.nodes.map((node) => [node.id, locate(node.callFrame, mapFor)]));
    const parents = new Map();
    for (const node of cpuProfile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    cpuProfile.samples.forEach((id, index) => {
      const ms = (cpuProfile.timeDeltas[index + 1] ?? 0) / 1000;
      const where = nodes.get(id);
      if (where.area === '(idle)') return;
      add(selfByArea, where.area, ms);
      add(selfByFunction, where.name, ms);
      const onStack = new Set();
      for (let current = id; current !== undefined; current = parents.get(current)) onStack.add(nodes.get(current).name);
      for (const name of onStack) add(totalByFunction, name, ms);
    });
  }
  await client.detach();
  const perRun = (map) => new Map([...map].map(([key, value]) => [key, value / repetitions]));
  return { selfByArea: perRun(selfByArea), selfByFunction: perRun(selfByFunction), totalByFunction: perRun(totalByFunction) };
}

const BUCKETS = {
  '(program)': '(program): browser work outside script (style, layout, paint) and unattributed native code',
  '(garbage collector)': '(garbage collector)',
};

/** Markdown: the areas by self time, and the project's own functions by total (inclusive) time. */
export function profileMarkdown(cpuProfile, { areas = 12, functions = 12 } = {}) {
  const { selfByArea, totalByFunction } = cpuProfile;
  const sampled = sampledTime(cpuProfile);
  const share = (value) => `${((100 * value) / sampled).toFixed(0)} %`;
  const areaRows = [...selfByArea]
    .sort((a, b) => b[1] - a[1])
    .slice(0, areas)
    .map(([area, ms]) => [BUCKETS[area] ?? area, `${ms.toFixed(1)} ms`, share(ms)]);
  const ownRows = [...totalByFunction]
    .filter(([name]) => /\.ts:\d+\)$/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, functions)
    .map(([name, ms]) => [`\`${name}\``, `${ms.toFixed(1)} ms`, share(ms)]);
  return `Sampling slows the page, so the shares say more than the milliseconds. A function's self time includes
any layout it forces by reading geometry (\`scrollWidth\`, \`clientWidth\`) while the page has changes pending.

${table(['where (self time)', 'per run', 'share'], areaRows)}

The project's functions by total time (with what they call; nested ones overlap):

${table(['function (source line)', 'per run', 'share'], ownRows)}`;
}

/** All sampled time of a profile, idle left out. */
function sampledTime({ selfByArea }) {
  return [...selfByArea.values()].reduce((sum, value) => sum + value, 0);
}

/**
 * The share of sampled time spent in (total) the first function whose name starts with each of `names`:
 * `zoneOffset 9 %`. Shares, not milliseconds: the profiler itself slows what it samples.
 */
export function functionShares(cpuProfile, names) {
  const sampled = sampledTime(cpuProfile);
  return names
    .map((name) => {
      const found = [...cpuProfile.totalByFunction].find(([key]) => key.startsWith(`${name} (`));
      return found ? `\`${name}\` ${((100 * found[1]) / sampled).toFixed(0)} %` : undefined;
    })
    .filter(Boolean)
    .join(', ');
}

/** The `count` functions with the most self time and the browser's own work, as shares: for a goal's reason. */
export function topSelfShares(cpuProfile, count) {
  const sampled = sampledTime(cpuProfile);
  const share = (value) => `${((100 * value) / sampled).toFixed(0)} %`;
  const top = [...cpuProfile.selfByFunction]
    .filter(([name]) => !name.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, value]) => `\`${name}\` ${share(value)}`);
  return `${top.join(', ')}; the browser's own style, layout and paint ${share(cpuProfile.selfByArea.get('(program)') ?? 0)}`;
}
