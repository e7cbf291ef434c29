#!/usr/bin/env node
// Starts the language server exactly as the extension does (its compiled out/java.js: the Java search and
// the command line with the jars in server/lib) and talks to it over stdio with vscode-jsonrpc, the
// protocol library of vscode-languageclient: initialize with the extension's settings, open a notice,
// wait for its diagnostics, run seloste.preview and seloste.generate, shut down.
//   node scripts/smoke-server.mjs <extension folder> <notice.seloste> [--java-home=DIR] [--expect-diagnostics]
// (--expect-diagnostics: the notice has defects, and each diagnostic must carry a Seloste code). The notice is copied into a temporary workspace (generate writes beside it). Exits 1 on any failure.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const options = process.argv.slice(2).filter((argument) => argument.startsWith('--'));
const [extensionArgument, noticeArgument] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const javaHome = options.find((option) => option.startsWith('--java-home='))?.slice('--java-home='.length);
const expectDiagnostics = options.includes('--expect-diagnostics');
if (!extensionArgument || !noticeArgument) {
  console.error('usage: smoke-server.mjs <extension folder> <notice.seloste> [--java-home=DIR] [--expect-diagnostics]');
  process.exit(2);
}
const extension = resolve(extensionArgument);
const require = createRequire(join(extension, 'package.json'));
const java = require('./out/java.js');
const { serverSettings } = require('./out/settings.js');
const { contentSecurityPolicy, withContentSecurityPolicy } = require('./out/html.js');
const rpc = require('vscode-jsonrpc/node');

class SmokeFailure extends Error {}
const fail = (message) => {
  throw new SmokeFailure(message);
};
// the timer is unref'd: a pending timeout must not keep node running after the last answer
const withTimeout = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms).unref();
  })]);

const search = await java.findJava(java.javaCandidates(javaHome, process.env, process.platform), java.runJavaProbe);
if (!search.found) {
  console.error(`smoke-server: ${java.javaNotFoundMessage(search.rejected)}`);
  process.exit(1);
}
const args = java.serverArguments(extension, search.found.major, process.platform);
const workspace = mkdtempSync(join(tmpdir(), 'seloste-smoke-'));
const notice = join(workspace, basename(noticeArgument));
copyFileSync(noticeArgument, notice);
const noticeUri = pathToFileURL(notice).toString();

const started = Date.now();
const server = spawn(search.found.candidate.executable, args, { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
server.stderr.on('data', (chunk) => {
  stderr += chunk;
});
server.on('exit', (code) => {
  if (code !== 0 && code !== null) {
    console.error(stderr);
  }
});
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
const diagnostics = new Promise((resolveDiagnostics) => {
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri === noticeUri) {
      resolveDiagnostics(params.diagnostics);
    }
  });
});
// VS Code's client registers executeCommand dynamically: the server then names its commands here
const registeredCommands = [];
connection.onRequest('client/registerCapability', (params) => {
  for (const registration of params.registrations ?? []) {
    if (registration.method === 'workspace/executeCommand') {
      registeredCommands.push(...(registration.registerOptions?.commands ?? []));
    }
  }
  return null;
});
connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
connection.onNotification('window/logMessage', () => undefined);
connection.listen();

try {
  const settings = { ...serverSettings(() => undefined), messageLanguage: 'en', formats: ['html', 'md'] };
  const initialized = await withTimeout(connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).toString(),
    workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'smoke' }],
    capabilities: {
      workspace: { configuration: false, workspaceFolders: true, executeCommand: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: {} },
    },
    initializationOptions: settings,
  }), 30_000, 'initialize');
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: { seloste: settings } });
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: noticeUri, languageId: 'seloste', version: 1, text: readFileSync(notice, 'utf8') },
  });
  const found = await withTimeout(diagnostics, 30_000, 'diagnostics');
  const firstDiagnostics = Date.now() - started;
  if (expectDiagnostics) {
    if (found.length === 0) {
      fail(`no diagnostics on ${basename(notice)}, which has defects`);
    }
    const uncoded = found.filter((diagnostic) => typeof diagnostic.code !== 'string' || !diagnostic.code.startsWith('fi.seloste.'));
    if (uncoded.length > 0) {
      fail(`diagnostics without a Seloste code: ${JSON.stringify(uncoded[0]).slice(0, 300)}`);
    }
  }
  const commands = [...(initialized.capabilities.executeCommandProvider?.commands ?? []), ...registeredCommands];
  for (const command of ['seloste.generate', 'seloste.preview']) {
    if (!commands.includes(command)) {
      fail(`the server does not offer ${command} (offers ${commands.join(', ') || 'none'})`);
    }
  }

  const preview = await withTimeout(connection.sendRequest('workspace/executeCommand', { command: 'seloste.preview', arguments: [noticeUri] }), 30_000, 'seloste.preview');
  if (typeof preview?.html !== 'string' || !/^<!DOCTYPE html>/i.test(preview.html)) {
    fail(`seloste.preview gave no HTML document: ${JSON.stringify(preview).slice(0, 300)}`);
  }
  // what the preview panel shows: the server's document with the panel's policy first in its head
  const shown = withContentSecurityPolicy(preview.html, contentSecurityPolicy('vscode-webview://smoke'));
  if (!/<head[^>]*>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none'/i.test(shown)) {
    fail('the preview policy is not the first element of the server document\'s head');
  }
  if (/<script|<link\b|\ssrc="https?:/i.test(preview.html)) {
    fail('the server\'s preview loads scripts or remote resources the panel\'s policy blocks');
  }
  const generated = await withTimeout(connection.sendRequest('workspace/executeCommand', { command: 'seloste.generate', arguments: [noticeUri] }), 60_000, 'seloste.generate');
  const written = generated?.written ?? [];
  if (expectDiagnostics && found.some((diagnostic) => diagnostic.severity === 1)) {
    // a notice with errors is not generated, as `seloste generate` does not: the answer says so
    if (written.length > 0 || (generated?.messages ?? []).length === 0) {
      fail(`seloste.generate on a notice with errors: ${JSON.stringify(generated).slice(0, 300)}`);
    }
  } else if (written.length === 0 || !written.every((file) => existsSync(file))) {
    fail(`seloste.generate wrote nothing that exists: ${JSON.stringify(generated).slice(0, 300)}`);
  }
  await withTimeout(connection.sendRequest('shutdown'), 10_000, 'shutdown');
  await connection.sendNotification('exit');
  console.log(`smoke-server: ${search.found.candidate.source} Java ${search.found.major}; first diagnostics ${firstDiagnostics} ms ` +
    `after start (${found.length} on ${basename(notice)}); preview of ${preview.notice} (${preview.language}, ` +
    `${preview.html.length} characters${preview.draft ? ', draft' : ''}); generate wrote ${written.length} files` +
    `${written.length === 0 ? ` (${generated.messages.join(' ')})` : ''}`);
} catch (error) {
  console.error(stderr);
  console.error(`smoke-server: ${error instanceof SmokeFailure ? error.message : error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  connection.dispose();
  server.kill();
  rmSync(workspace, { recursive: true, force: true });
}
