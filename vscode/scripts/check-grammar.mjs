#!/usr/bin/env node
// Tokenizes with the TextMate engine VS Code uses (vscode-textmate on vscode-oniguruma), so that the
// generated grammar is checked by Oniguruma itself, not only by Java's and JavaScript's regex engines:
//   node scripts/check-grammar.mjs <seloste.tmLanguage.json> <keywords.txt> <folder of .seloste files>
// - every keyword of both languages is one keyword token; words holding a keyword are not;
// - in the example notices, every keyword token is a whole keyword, and nothing in a comment or a
//   string is a keyword; dates and numbers are constants.
// Exits 1 naming every miss.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const [grammarPath, keywordsPath, examplesPath] = process.argv.slice(2);
if (!grammarPath || !keywordsPath || !examplesPath) {
  console.error('usage: check-grammar.mjs <seloste.tmLanguage.json> <keywords.txt> <examples folder>');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
const registry = new textmate.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text) => new oniguruma.OnigString(text),
  }),
  loadGrammar: async (scopeName) =>
    scopeName === 'source.seloste' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
});
const grammar = await registry.loadGrammar('source.seloste');

/** The tokens of a text: { text, scopes } per token, line by line. */
function tokenize(text) {
  const tokens = [];
  let state = textmate.INITIAL;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  }
  return tokens;
}
const isKeyword = (token) => token.scopes.some((scope) => scope.startsWith('keyword.'));
const within = (token, prefix) => token.scopes.some((scope) => scope.startsWith(prefix));

const problems = [];
const keywords = readFileSync(keywordsPath, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
const keywordSet = new Set(keywords);

let covered = 0;
for (const keyword of keywords) {
  const tokens = tokenize(`\t${keyword} Nimi {`);
  if (tokens.some((token) => token.text === keyword && isKeyword(token))) {
    covered++;
  } else {
    problems.push(`the keyword ${keyword} is not one keyword token`);
  }
}
for (const word of ['kuvausteksti', 'tuotekuvaus', 'kuvaus-teksti', '^kuvaus', 'Kuvaus', 'x-kuvaus', 'data_category', 'päivitettyä']) {
  const found = tokenize(`\t${word} {`).filter(isKeyword);
  if (found.length > 0) {
    problems.push(`in the word ${word}: ${found.map((token) => token.text).join(', ')} is a keyword token`);
  }
}
const sample = tokenize('\tpäivitetty 2026-04-23 // kuvaus "x"\n\tkuvaus "säilytys \\" kuvaus" /* tarkoitus\n seloste */ 6-10 vuotta');
const expectScope = (text, prefix) => {
  if (!sample.some((token) => token.text.includes(text) && within(token, prefix))) {
    problems.push(`sample: "${text}" is not ${prefix}*`);
  }
};
expectScope('2026-04-23', 'constant.numeric.date');
expectScope('10', 'constant.numeric');
expectScope('// kuvaus', 'comment.line');
expectScope('tarkoitus', 'comment.block');
expectScope('\\"', 'constant.character.escape');
expectScope('vuotta', 'keyword.');
if (sample.filter((token) => token.text === 'kuvaus' && isKeyword(token)).length !== 1) {
  problems.push('sample: kuvaus is a keyword once (not in the comment, not in the string)');
}

// the example notices
const files = [];
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      walk(path);
    } else if (name.endsWith('.seloste')) {
      files.push(path);
    }
  }
};
walk(examplesPath);
let keywordTokens = 0;
for (const file of files) {
  for (const token of tokenize(readFileSync(file, 'utf8'))) {
    if (!isKeyword(token)) {
      continue;
    }
    keywordTokens++;
    if (!keywordSet.has(token.text)) {
      problems.push(`${file}: "${token.text}" is a keyword token but no keyword`);
    }
    if (within(token, 'comment.') || within(token, 'string.')) {
      problems.push(`${file}: keyword "${token.text}" inside a comment or string`);
    }
  }
}
if (files.length === 0 || keywordTokens === 0) {
  problems.push(`no example notices tokenized in ${examplesPath}`);
}

console.log(`check-grammar (Oniguruma): ${covered}/${keywords.length} keywords are keyword tokens; ` +
  `${files.length} example files, ${keywordTokens} keyword tokens; ${problems.length} problems`);
for (const problem of problems) {
  console.error(`check-grammar: ${problem}`);
}
process.exit(problems.length > 0 ? 1 : 0);
