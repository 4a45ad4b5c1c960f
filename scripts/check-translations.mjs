// Fails (exit 1) unless every UI message in the source has a translation in every target locale's XLIFF
// file, and the XLIFF files are exactly what `npm run localize:extract` would write from the source now
// (no new, changed or obsolete message left behind). Run it before `npm run localize:build`, which would
// otherwise fall back to English for a missing translation without failing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';

const root = new URL('..', import.meta.url).pathname;
const shown = (path) => relative(root, path);
const readIfPresent = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
};
/** A message as a translator sees it: text, with `{0}` for each placeholder. */
const plain = (contents) => contents.map((part) => (typeof part === 'string' ? part : `{${part.index}}`)).join('');

/**
 * Two configurations: the library's (`lit-localize.json`, `locales/*.xlf`) and the workbench's
 * (`lit-localize.workbench.json`, `locales/workbench/*.xlf`), whose strings stay out of the library's
 * translation chunks.
 */
const CONFIG_FILES = ['lit-localize.json', 'lit-localize.workbench.json'];

async function check(configFile) {
  const config = readConfigFileAndWriteSchema(join(root, configFile));
  const xliffDir = config.resolve(config.interchange.xliffDir);
  const xliffPath = (locale) => join(xliffDir, `${locale}.xlf`);
  const problems = [];
  // The localizer reads and rewrites copies of the XLIFF files, so that the real ones are never touched.
  const scratch = mkdtempSync(join(tmpdir(), 'nsiw-xliff-'));
  try {
    for (const locale of config.targetLocales) {
      const current = readIfPresent(xliffPath(locale));
      if (current !== undefined) writeFileSync(join(scratch, `${locale}.xlf`), current);
    }
    const localizer = new RuntimeLitLocalizer({ ...config, interchange: { ...config.interchange, xliffDir: scratch } });
    const { messages, errors } = localizer.extractSourceMessages();
    for (const error of errors) problems.push(`source: ${error.messageText?.messageText ?? error.messageText}`);

    // 1. A translation for every message, in every target locale, that is not blank.
    const { translations } = localizer.readTranslationsSync();
    for (const locale of config.targetLocales) {
      const translated = new Map((translations.get(locale) ?? []).map((message) => [message.name, message]));
      for (const message of messages) {
        const translation = translated.get(message.name);
        const where = `${shown(xliffPath(locale))}: "${plain(message.contents)}" (${message.name}, ${shown(message.file.fileName)})`;
        if (!translation) problems.push(`${where} has no <target>`);
        else if (!plain(translation.contents).trim()) problems.push(`${where} has an empty <target>`);
      }
    }
    problems.push(...localizer.validateTranslations().errors);

    // 2. The files as extraction would write them now: the same bytes, or the source has moved on.
    await localizer.writeInterchangeFiles();
    const sourceIds = new Set(messages.map((message) => message.name));
    for (const locale of config.targetLocales) {
      const current = readIfPresent(xliffPath(locale));
      if (current === undefined) {
        problems.push(`${shown(xliffPath(locale))} is missing`);
        continue;
      }
      if (current === readFileSync(join(scratch, `${locale}.xlf`), 'utf8')) continue;
      const fileIds = new Set([...current.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]));
      const added = [...sourceIds].filter((id) => !fileIds.has(id));
      const obsolete = [...fileIds].filter((id) => !sourceIds.has(id));
      const detail = [
        added.length && `${added.length} new (${added.join(', ')})`,
        obsolete.length && `${obsolete.length} obsolete (${obsolete.join(', ')})`,
        !added.length && !obsolete.length && 'a source text, description or the layout changed',
      ].filter(Boolean);
      problems.push(`${shown(xliffPath(locale))} is stale against the source: ${detail.join('; ')}`);
    }

    if (problems.length > 0) {
      console.error(`Translations are not complete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
      console.error(
        `\nRun \`npm run localize:extract\`, translate every <trans-unit> without a <target> in ${shown(xliffDir)}/*.xlf, and run this again.`,
      );
      process.exitCode = 1;
    } else {
      console.log(
        `${configFile}: translations complete: ${messages.length} messages in ${config.targetLocales.join(', ')}; the XLIFF files match the source.`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

for (const configFile of CONFIG_FILES) await check(configFile);
