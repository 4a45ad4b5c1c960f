// The type tests (`npm test -- types`, after `npm run build`): compiles each test/types/*.mts file on
// its own against the built dist/*.d.ts, reached through package.json's `exports` like a user's project
// reaches them. One program per file, because a global declaration (a tag or event of HTMLElementTagNameMap
// / HTMLElementEventMap) seen in one file would otherwise hide that another entry point lacks it.
// Also fails when an element has no `exports` entry or no type test of its own.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const testDir = join(root, 'test/types');
const problems = [];

const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const elements = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src', entry.name, `nsiw-${entry.name}.ts`)))
  .map((entry) => entry.name);
for (const element of elements) {
  if (!exports[`./${element}.js`]) problems.push(`package.json: no "exports" entry "./${element}.js" for <nsiw-${element}>`);
  if (!existsSync(join(testDir, `${element}.mts`))) problems.push(`test/types/${element}.mts: <nsiw-${element}> has no type test`);
}
for (const [subpath, target] of Object.entries(exports)) {
  for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
    if (!existsSync(join(root, file))) problems.push(`package.json: "exports" "${subpath}" names ${file}, which is missing (built?)`);
  }
}

const configPath = join(testDir, 'tsconfig.json');
const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!config) throw new Error(`${configPath} could not be read`);
const host = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};
// The programs share one compiler host that parses each file once (lib.dom, lit, dist) for all of them.
const compilerHost = ts.createCompilerHost(config.options);
const parsed = new Map();
const parse = compilerHost.getSourceFile;
compilerHost.getSourceFile = (fileName, ...rest) => {
  if (!parsed.has(fileName)) parsed.set(fileName, parse(fileName, ...rest));
  return parsed.get(fileName);
};
for (const file of config.fileNames) {
  const program = ts.createProgram([file], config.options, compilerHost);
  // The test file and the package's own declarations are checked; the dependencies' (lit, valibot) are trusted.
  const ownFiles = program.getSourceFiles().filter((source) => !source.fileName.includes('/node_modules/'));
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ownFiles.flatMap((source) => [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]),
  ];
  if (diagnostics.length > 0) problems.push(ts.formatDiagnostics(diagnostics, host).trimEnd());
  else console.log(`ok  ${relative(root, file)}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Type tests passed: ${config.fileNames.length} files, each alone against dist/*.d.ts.`);
