#!/usr/bin/env node
// Checks a packaged Seloste extension (.vsix, a zip file) as VS Code would receive it:
//   node scripts/check-vsix.mjs <seloste.vsix> <keywords.txt> <cli-lib folder>
// - the manifest: name, publisher, engine, activation, the language, grammar, commands and settings,
//   and every file it names is in the package;
// - the TextMate grammar colours every keyword of both languages (the list the Java generator wrote
//   from the Xtext grammar) as a keyword, whole words only;
// - the language server's jars are all there (every jar of the command line's classpath).
// Node only, no dependencies: the zip is read with node:zlib. Exits 1 naming every miss.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const [vsixPath, keywordsPath, cliLibPath] = process.argv.slice(2);
if (!vsixPath || !keywordsPath || !cliLibPath) {
  console.error('usage: check-vsix.mjs <seloste.vsix> <keywords.txt> <cli-lib folder>');
  process.exit(2);
}

/** The entries of a zip file: name -> () => content (Buffer). */
function readZip(buffer) {
  const endSignature = 0x06054b50;
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== endSignature) {
    end--;
  }
  if (end < 0) {
    throw new Error('not a zip file (no end of central directory)');
  }
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error(`broken central directory at entry ${i}`);
    }
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, () => {
      const dataStart = localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
      const data = buffer.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) {
        return data;
      }
      if (method === 8) {
        return inflateRawSync(data);
      }
      throw new Error(`${name}: unsupported compression method ${method}`);
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const problems = [];
const miss = (message) => problems.push(message);
const vsixBuffer = readFileSync(vsixPath);
const vsix = readZip(vsixBuffer);
const file = (name) => vsix.get(`extension/${name.replace(/^\.\//, '')}`);
const json = (name) => {
  const entry = file(name);
  if (!entry) {
    miss(`${name} is not in the package`);
    return undefined;
  }
  try {
    return JSON.parse(entry().toString('utf8'));
  } catch (error) {
    miss(`${name} is not valid JSON: ${error.message}`);
    return undefined;
  }
};
const present = (name, what) => {
  if (!file(name)) {
    miss(`${what}: ${name} is not in the package`);
  }
};

// --- manifest
const manifest = json('package.json') ?? {};
const expect = (actual, expected, what) => {
  if (actual !== expected) {
    miss(`package.json ${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
};
expect(manifest.name, 'seloste', 'name');
expect(manifest.publisher, 'seloste', 'publisher');
if (!/^\^1\.\d+\.\d+$/.test(manifest.engines?.vscode ?? '')) {
  miss(`package.json engines.vscode: ${manifest.engines?.vscode}`);
}
if (!manifest.activationEvents?.includes('onLanguage:seloste')) {
  miss('package.json activationEvents lacks onLanguage:seloste');
}
present(manifest.main ?? 'out/extension.js', 'main');
for (const module of ['out/java.js', 'out/preview.js', 'out/settings.js', 'out/html.js', 'out/answers.js',
  'node_modules/vscode-languageclient/package.json', 'node_modules/vscode-languageclient/node.js']) {
  present(module, 'the extension needs');
}
for (const name of vsix.keys()) {
  if (/^extension\/(src\/|test\/|out\/test\/|node_modules\/(typescript|eslint|@vscode\/vsce)\/)/.test(name)) {
    miss(`${name} is in the package: sources, tests and build tools are not shipped`);
  }
}
const contributes = manifest.contributes ?? {};
const language = contributes.languages?.find((candidate) => candidate.id === 'seloste');
if (!language) {
  miss('contributes.languages lacks the language seloste');
} else {
  if (!language.extensions?.includes('.seloste')) {
    miss('the language seloste lacks the file extension .seloste');
  }
  const configuration = json(language.configuration ?? 'language-configuration.json');
  if (configuration) {
    if (configuration.comments?.lineComment !== '//' || configuration.comments?.blockComment?.join(' ') !== '/* */') {
      miss('language-configuration.json: comments are not // and /* */');
    }
    for (const pair of ['{}', '[]', '()']) {
      if (!configuration.brackets?.some((bracket) => bracket.join('') === pair)) {
        miss(`language-configuration.json: no bracket pair ${pair}`);
      }
    }
    if (!configuration.autoClosingPairs?.some((pair) => pair.open === '"')) {
      miss('language-configuration.json: quotes do not close automatically');
    }
    // VS Code compiles these patterns as JavaScript regular expressions
    const regex = (pattern, what) => {
      try {
        return new RegExp(typeof pattern === 'string' ? pattern : pattern?.pattern ?? '(?!)', 'u');
      } catch (error) {
        miss(`language-configuration.json: ${what} does not compile: ${error.message}`);
        return /(?!)/u;
      }
    };
    const increase = regex(configuration.indentationRules?.increaseIndentPattern, 'increaseIndentPattern');
    const decrease = regex(configuration.indentationRules?.decreaseIndentPattern, 'decreaseIndentPattern');
    for (const line of ['seloste Kahvila {', '\ttarkoitus Markkinointi "Markkinointi" {', '\tcontroller X { // the company']) {
      if (!increase.test(line)) {
        miss(`language-configuration.json: no indent after ${JSON.stringify(line)}`);
      }
    }
    for (const line of ['\tkuvaus "Teksti"', '\t}', '\tkuvaus "a { b"']) {
      if (increase.test(line)) {
        miss(`language-configuration.json: an indent after ${JSON.stringify(line)}`);
      }
    }
    if (!decrease.test('\t\t}') || decrease.test('\tkuvaus "}"')) {
      miss('language-configuration.json: decreaseIndentPattern is not a line starting with }');
    }
    const betweenBraces = configuration.onEnterRules?.some((rule) => rule.action?.indent === 'indentOutdent'
      && regex(rule.beforeText, 'onEnterRules.beforeText').test('\ttarkoitus Markkinointi "Markkinointi" {')
      && regex(rule.afterText, 'onEnterRules.afterText').test('}'));
    if (!betweenBraces) {
      miss('language-configuration.json: Enter between { and } does not indent');
    }
    regex(configuration.wordPattern, 'wordPattern');
    const word = new RegExp(configuration.wordPattern, 'g');
    for (const keyword of ['oikeutettu-etu', 'päivitetty', '^nimi', 'y-tunnus']) {
      if (keyword.match(word)?.[0] !== keyword) {
        miss(`language-configuration.json: wordPattern splits ${keyword}`);
      }
    }
  }
  for (const icon of [language.icon?.light, language.icon?.dark]) {
    if (!icon) {
      miss('the language seloste has no file icon');
    } else {
      present(icon, 'file icon');
    }
  }
}
const grammarContribution = contributes.grammars?.find((grammar) => grammar.language === 'seloste');
if (!grammarContribution || grammarContribution.scopeName !== 'source.seloste') {
  miss('contributes.grammars lacks source.seloste for the language seloste');
}
const commands = new Map((contributes.commands ?? []).map((command) => [command.command, command]));
for (const [id, title] of [['seloste.generateNotices', 'Generate notices'], ['seloste.showPreview', 'Preview']]) {
  const command = commands.get(id);
  if (!command || command.title !== title || command.category !== 'Seloste') {
    miss(`contributes.commands lacks "Seloste: ${title}" (${id})`);
  }
}
const restricted = manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [];
for (const key of ['seloste.java.home', 'seloste.outputFolder', 'seloste.generateOnSave']) {
  if (!restricted.includes(key)) {
    miss(`capabilities.untrustedWorkspaces: ${key} is not restricted (an untrusted workspace could set it)`);
  }
}
const settings = contributes.configuration?.properties ?? {};
if (settings['seloste.java.home'] && settings['seloste.java.home'].scope !== 'machine') {
  miss('seloste.java.home is not a machine setting: a workspace could choose the program the extension runs');
}
for (const key of ['messageLanguage', 'generateOnSave', 'outputFolder', 'formats', 'languages', 'java.home']) {
  if (!settings[`seloste.${key}`]) {
    miss(`contributes.configuration lacks seloste.${key}`);
  }
}

// --- grammar: every keyword of both languages, whole words only
const keywords = readFileSync(keywordsPath, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
const grammar = json(grammarContribution?.path ?? 'syntaxes/seloste.tmLanguage.json') ?? {};
const keywordPatterns = (grammar.repository?.keywords?.patterns ?? []).map((rule) => {
  try {
    // JavaScript's u mode reads look-behind, \p{L} and \p{N} as Oniguruma does
    return new RegExp(rule.match, 'gu');
  } catch (error) {
    miss(`grammar: keyword pattern does not compile: ${error.message}`);
    return /(?!)/gu;
  }
});
const keywordSpans = (text) => keywordPatterns.flatMap((pattern) =>
  [...text.matchAll(pattern)].map((match) => text.slice(match.index, match.index + match[0].length)));
const keywordSet = new Set(keywords);
let covered = 0;
for (const keyword of keywords) {
  const line = `\t${keyword} Nimi {`;
  if (keywordSpans(line).includes(keyword)) {
    covered++;
  } else {
    miss(`grammar: the keyword ${keyword} is not coloured`);
  }
  for (const word of [`${keyword}ä`, `ä${keyword}`, `${keyword}_1`, `${keyword}-x`, `x-${keyword}`, `^${keyword}`]) {
    // a longer word may be a keyword of its own (päivä + ä = päivää); then only it may be coloured, whole
    const inside = keywordSpans(word).filter((span) => span !== word || !keywordSet.has(word));
    if (inside.length > 0) {
      miss(`grammar: ${inside.join(', ')} coloured as a keyword inside the word ${word}`);
    }
  }
}
if (keywords.length < 250) {
  miss(`keywords.txt lists only ${keywords.length} keywords`);
}
if (grammar.scopeName !== 'source.seloste') {
  miss(`grammar scopeName: ${grammar.scopeName}`);
}

// --- the language server's jars
const jars = [...vsix.keys()].filter((name) => /^extension\/server\/lib\/[^/]+\.jar$/.test(name)).map((name) => basename(name));
const expectedJars = readdirSync(cliLibPath).filter((name) => name.endsWith('.jar'));
for (const jar of expectedJars) {
  if (!jars.includes(jar)) {
    miss(`server/lib/${jar} (of the command line's classpath) is not in the package`);
  }
}
for (const pattern of [/^fi\.seloste-.*\.jar$/, /^fi\.seloste\.ide-.*\.jar$/, /^org\.eclipse\.xtext\.ide-.*\.jar$/,
  /^org\.eclipse\.lsp4j-.*\.jar$/, /^org\.eclipse\.lsp4j\.jsonrpc-.*\.jar$/]) {
  if (!jars.some((jar) => pattern.test(jar))) {
    miss(`no server jar matching ${pattern}`);
  }
}
const ideJar = jars.find((jar) => /^fi\.seloste\.ide-.*\.jar$/.test(jar));
if (ideJar) {
  const classes = readZip(file(`server/lib/${ideJar}`)());
  for (const name of ['fi/seloste/ide/cli/Main.class', 'fi/seloste/ide/textmate/TextMateGrammar.class']) {
    if (!classes.has(name)) {
      miss(`${ideJar} lacks ${name}`);
    }
  }
}

const size = statSync(vsixPath).size;
console.log(`check-vsix: ${basename(vsixPath)} ${(size / 1024 / 1024).toFixed(1)} MB, ${vsix.size} files, ` +
  `${covered}/${keywords.length} keywords coloured, ${jars.length}/${expectedJars.length} server jars`);
if (problems.length > 0) {
  for (const problem of problems) {
    console.error(`check-vsix: ${problem}`);
  }
  process.exit(1);
}
