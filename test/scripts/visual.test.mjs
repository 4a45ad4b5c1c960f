// The screenshot comparison of the visual tests (scripts/support/visual.mjs): what it reports, the diff image
// it leaves, and what updating the baselines writes.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { ScreenshotComparison } from '../../scripts/support/visual.mjs';

/** A PNG `width` × `height` of one colour, with a dark 4 × 4 square at (x, y) when given. */
function image({ width = 40, height = 30, colour = [0x1c, 0x1c, 0x1e], square } = {}) {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inSquare = square && x >= square.x && x < square.x + 4 && y >= square.y && y < square.y + 4;
      png.data.set([...(inSquare ? [0, 0, 0] : colour), 255], (y * width + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

function setUp(update = false) {
  const dir = mkdtempSync(join(tmpdir(), 'nsiw-visual-'));
  const baselineDir = join(dir, 'baselines');
  mkdirSync(join(baselineDir, 'folder'), { recursive: true });
  writeFileSync(join(baselineDir, 'story.png'), image());
  writeFileSync(join(baselineDir, 'folder/other.png'), image());
  return { dir, baselineDir, comparison: new ScreenshotComparison({ baselineDir, outDir: join(dir, 'out'), update }) };
}

test('the same picture passes and leaves no diff image', () => {
  const { dir, comparison } = setUp();
  assert.deepEqual(comparison.check('story', image()), []);
  assert.ok(existsSync(join(dir, 'out/story.png')), 'the screenshot is kept beside the others');
  assert.ok(!existsSync(join(dir, 'out/story.diff.png')));
});

test('a text colour moved by 16 levels (#1c1c1e to #2c2c2e) fails, with a diff image', () => {
  const { dir, comparison } = setUp();
  const [failure] = comparison.check('story', image({ colour: [0x2c, 0x2c, 0x2e] }));
  assert.match(failure, /^1200 pixels differ from .*story\.png; diff: .*story\.diff\.png$/);
  assert.ok(statSync(join(dir, 'out/story.diff.png')).size > 0);
});

test('a moved square and a new size fail, naming both sizes', () => {
  const { comparison } = setUp();
  assert.match(comparison.check('story', image({ square: { x: 10, y: 10 } }))[0], /^16 pixels differ/);
  assert.match(comparison.check('story', image({ height: 32 }))[0], /^40×32 px instead of 40×30, 80 pixels differ/);
});

test('a screenshot without a baseline fails, and a baseline without a screenshot is reported', () => {
  const { comparison } = setUp();
  assert.match(comparison.check('new-story', image())[0], /^no baseline .*new-story\.png \(npm run update-screenshots writes it\)$/);
  comparison.check('story', image());
  assert.deepEqual(
    comparison.leftovers().map((line) => line.replace(/ .*folder/, ' folder')),
    ['baseline folder/other.png matches no screenshot (npm run update-screenshots removes it)'],
  );
});

test('updating writes new and changed baselines only, and removes those no screenshot matched', () => {
  const { baselineDir, comparison } = setUp(true);
  const unchanged = readFileSync(join(baselineDir, 'story.png'));
  assert.deepEqual(comparison.check('story', image()), []);
  assert.deepEqual(comparison.check('changed', image()), []);
  assert.deepEqual(comparison.check('folder/other', image({ square: { x: 0, y: 0 } })), []);
  assert.deepEqual(
    comparison.written.map((file) => file.replace(/.*baselines\//, '')),
    ['changed.png', 'folder/other.png'],
  );
  assert.deepEqual(readFileSync(join(baselineDir, 'story.png')), unchanged);
  writeFileSync(join(baselineDir, 'gone.png'), image());
  assert.deepEqual(comparison.leftovers(), []);
  assert.ok(!existsSync(join(baselineDir, 'gone.png')));
});
