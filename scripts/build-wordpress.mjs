// The last step of `npm run build`: the WordPress plugin as WordPress installs it,
// dist/wordpress/nsiw-widgets.zip (Plugins → Add New → Upload). Into wordpress/nsiw-widgets/ as it is in the
// repository it puts:
// - library/: the CDN build, dist/nsiw-widgets.js and every chunk it imports (the CDN graph of
//   support/size.mjs), and library/library.php with the entry's sha384 integrity, which the plugin prints
//   on its script tag;
// - languages/*.mo, compiled from the .po files beside them (WordPress 6.1 reads .mo only).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { integrityOf } from './support/cdn.mjs';
import { cdnGraph, root } from './support/size.mjs';

const PLUGIN = 'nsiw-widgets';
const source = join(root, 'wordpress', PLUGIN);
const out = join(root, 'dist', 'wordpress');
const entry = 'nsiw-widgets.js';

if (!existsSync(join(root, 'dist', entry))) {
  console.error(`build-wordpress: dist/${entry} is missing; run \`npm run build\`.`);
  process.exit(1);
}

// Staged outside dist/: the package ships dist/ (the zip too, a download from the CDN), not a second
// copy of the library in a folder.
const staging = mkdtempSync(join(tmpdir(), 'nsiw-wordpress-build-'));
const staged = join(staging, PLUGIN);
cpSync(source, staged, { recursive: true });

// --- The library: the entry and every chunk it loads, at once or on demand.
const library = join(staged, 'library');
const { eager, lazy } = cdnGraph(join(root, 'dist'), entry);
for (const file of [...eager, ...lazy]) {
  mkdirSync(dirname(join(library, file)), { recursive: true });
  cpSync(join(root, 'dist', file), join(library, file));
}
const entryBytes = readFileSync(join(root, 'dist', entry));
writeFileSync(
  join(library, 'library.php'),
  `<?php
/**
 * The bundled library, written by scripts/build-wordpress.mjs: its entry, the entry's Subresource
 * Integrity hash, and a version that changes with its content.
 *
 * @package NSIW_Widgets
 */

return array(
\t'entry'     => '${entry}',
\t'integrity' => '${integrityOf(entryBytes)}',
\t'version'   => '${createHash('sha256').update(entryBytes).digest('hex').slice(0, 12)}',
);
`,
);

// --- Translations.
const languages = join(staged, 'languages');
for (const name of readdirSync(languages).filter((file) => file.endsWith('.po'))) {
  const mo = compileMo(parsePo(readFileSync(join(languages, name), 'utf8')));
  writeFileSync(join(languages, name.replace(/\.po$/, '.mo')), mo);
}

// --- The zip, with the plugin's folder at its top, as WordPress's upload form expects.
const files = [
  `${PLUGIN}/`,
  ...listFiles(staged).map((path) => relative(staging, path).split('\\').join('/') + (path.endsWith('/') ? '/' : '')),
];
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, `${PLUGIN}.zip`), zip(staging, files));
rmSync(staging, { recursive: true, force: true });
console.log(`dist/wordpress/${PLUGIN}.zip: ${files.length} files, library ${integrityOf(entryBytes)}`);

function listFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? [`${path}/`, ...listFiles(path)] : [path];
    });
}

/** Entries of a .po file: `{ context, id, value }`, the header (empty id) included. */
function parsePo(text) {
  const entries = [];
  let current = {};
  let field;
  const finish = () => {
    if (current.id !== undefined && current.value !== undefined) entries.push(current);
    current = {};
  };
  for (const line of text.split('\n')) {
    const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")\s*$/.exec(line);
    if (keyword) {
      if (keyword[1] === 'msgctxt' || (keyword[1] === 'msgid' && current.value !== undefined)) finish();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'value' }[keyword[1]];
      current[field] = JSON.parse(keyword[2]);
    } else if (/^".*"\s*$/.test(line) && field) {
      current[field] += JSON.parse(line.trim());
    } else if (line.trim() === '' || line.startsWith('#')) {
      field = undefined;
    }
  }
  finish();
  return entries.filter((entry) => entry.value !== '' || entry.id === '');
}

/** A GNU .mo file (little-endian, no hash table) of `entries`, sorted by their key as gettext requires. */
function compileMo(entries) {
  const pairs = entries
    .map(({ context, id, value }) => [Buffer.from(context === undefined ? id : `${context}\u0004${id}`), Buffer.from(value)])
    .sort(([a], [b]) => Buffer.compare(a, b));
  const headerSize = 28;
  const tablesSize = pairs.length * 16;
  let offset = headerSize + tablesSize;
  const header = Buffer.alloc(headerSize + tablesSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(pairs.length, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + pairs.length * 8, 16);
  // No hash table, at the end of the tables (WordPress's reader takes the tables' size from its address).
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(headerSize + tablesSize, 24);
  const strings = [];
  for (const column of [0, 1]) {
    pairs.forEach((pair, index) => {
      const bytes = pair[column];
      const at = headerSize + column * pairs.length * 8 + index * 8;
      header.writeUInt32LE(bytes.length, at);
      header.writeUInt32LE(offset, at + 4);
      strings.push(bytes, Buffer.from([0]));
      offset += bytes.length + 1;
    });
  }
  return Buffer.concat([header, ...strings]);
}

/** A zip archive of `names` (paths under `base`; a name ending in `/` is a folder), deflated, dated 1 January 2024. */
function zip(base, names) {
  const time = 0;
  const date = ((2024 - 1980) << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const name of names) {
    const folder = name.endsWith('/');
    const data = folder ? Buffer.alloc(0) : readFileSync(join(base, name));
    const packed = folder ? data : deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(folder ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(folder ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((((folder ? 0o40755 : 0o100644) << 16) | (folder ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** CRC-32 (IEEE), as zip stores it; zlib.crc32 is not in every Node 20. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
