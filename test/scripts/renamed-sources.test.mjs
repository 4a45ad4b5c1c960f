// Renaming files of src/core/ changes no byte of the CDN build, so no verdict of `npm run size`: the build
// names its chunks by their content's hash alone (rollup.config.mjs). Builds the CDN bundle in two copies
// of the sources, one with files renamed as an editor renames them (every import and every path naming
// them rewritten), and compares. Needs `npm run localize:build` (the generated locale modules); about 40 s.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** A module of the entry, and the module of a chunk (the architecture issue's example, which once failed the size check). */
const RENAMES = {
  'src/core/loading/feed-loader.ts': 'src/core/loading/fetch-feed.ts',
  'src/core/validator/validator-chunk.ts': 'src/core/validator/checks.ts',
};

/** What the CDN build and the size check read, copied into a folder of its own. */
function copySources() {
  const folder = mkdtempSync(join(tmpdir(), 'nsiw-renamed-'));
  // The workbench's tsconfig.json is read as rollup.config.mjs sets up its build, which the test does not run.
  for (const path of ['src', 'scripts', 'rollup.config.mjs', 'tsconfig.json', 'workbench/tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, path), join(folder, path), { recursive: true });
  }
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(folder, 'node_modules'));
  writeFileSync(join(folder, 'cdn.config.mjs'), "import configs from './rollup.config.mjs';\nexport default configs[0];\n");
  return folder;
}

/** Renames each file and rewrites what names it: relative imports in src/, repository paths anywhere. */
function rename(folder) {
  const original = new Map(Object.entries(RENAMES).map(([from, to]) => [join(folder, to), join(folder, from)]));
  for (const [from, to] of Object.entries(RENAMES)) renameSync(join(folder, from), join(folder, to));
  const files = ['src', 'scripts']
    .flatMap((top) => readdirSync(join(folder, top), { recursive: true }).map((path) => join(folder, top, path)))
    .filter((path) => /\.(ts|mjs)$/.test(path))
    .concat(join(folder, 'rollup.config.mjs'));
  for (const path of files) {
    // Imports are written from where the file was, and now point from where it is to where their module is.
    const written = dirname(original.get(path) ?? path);
    const text = readFileSync(path, 'utf8');
    let rewritten = text.replace(/(from\s*|import\s*\(\s*)(['"])(\.\.?\/[^'"]+)\.js\2/g, (whole, before, quote, specifier) => {
      const target = resolve(written, `${specifier}.ts`);
      const moved = RENAMES[relative(folder, target)];
      if (!moved && written === dirname(path)) return whole;
      const to = relative(dirname(path), moved ? join(folder, moved) : target).replace(/\.ts$/, '.js');
      return `${before}${quote}${to.startsWith('.') ? to : `./${to}`}${quote}`;
    });
    for (const [from, to] of Object.entries(RENAMES)) rewritten = rewritten.replaceAll(from, to);
    if (rewritten !== text) writeFileSync(path, rewritten);
  }
}

/** Builds the CDN bundle in `folder`; its JavaScript files by name, and the size check's verdict. */
async function build(folder) {
  await run(process.execPath, [join(folder, 'node_modules/rollup/dist/bin/rollup'), '-c', 'cdn.config.mjs'], { cwd: folder });
  const dist = join(folder, 'dist');
  const files = Object.fromEntries(
    readdirSync(dist, { recursive: true })
      .filter((path) => path.endsWith('.js'))
      .map((path) => [path, readFileSync(join(dist, path), 'utf8')]),
  );
  const { stdout } = await run(process.execPath, ['scripts/size.mjs'], { cwd: folder });
  const verdicts = stdout.split('\n').filter((line) => /bytes brotli, within/.test(line));
  return { files, verdicts, chunks: JSON.parse(readFileSync(join(dist, 'chunks.json'), 'utf8')) };
}

test('renaming files of src/core/ changes no byte of the CDN build and no verdict of the size check', { timeout: 180_000 }, async () => {
  const asIs = copySources();
  const renamed = copySources();
  try {
    rename(renamed);
    const before = await build(asIs);
    const after = await build(renamed);
    assert.ok(Object.values(after.chunks).includes(before.chunks['src/core/validator/validator-chunk.ts']), 'the renamed chunk was built');
    assert.ok(after.chunks['src/core/validator/checks.ts'], 'the build read the renamed file');
    assert.deepEqual(Object.keys(after.files).sort(), Object.keys(before.files).sort(), 'the same files');
    for (const [name, code] of Object.entries(before.files)) assert.ok(after.files[name] === code, `${name} has the same bytes`);
    assert.equal(before.verdicts.length, 2);
    assert.deepEqual(after.verdicts, before.verdicts);
  } finally {
    rmSync(asIs, { recursive: true, force: true });
    rmSync(renamed, { recursive: true, force: true });
  }
});
