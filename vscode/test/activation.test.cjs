// The extension's activation and commands in node, with stand-ins for the VS Code API and for
// vscode-languageclient (no VS Code runs on the build machine), and stand-in java executables:
// what activate() gives the language client (command line, settings, configuration section), that it
// registers exactly the commands package.json contributes, what Generate and Preview send and show,
// and the message when no Java 21+ is found. Unix only (the stand-in javas are shell scripts).
'use strict';
const assert = require('node:assert/strict');
const { test } = require('node:test');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const temporary = [];
process.on('exit', () => {
  for (const folder of temporary) {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** A folder holding bin/java that reports the given major version. */
function fakeJavaHome(major) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `seloste-java${major}-`));
  temporary.push(home);
  fs.mkdirSync(path.join(home, 'bin'));
  const java = path.join(home, 'bin', 'java');
  fs.writeFileSync(java, `#!/bin/sh\necho "    java.specification.version = ${major}" >&2\necho 'openjdk version "${major}"' >&2\n`);
  fs.chmodSync(java, 0o755);
  return home;
}

const disposable = { dispose() {} };

/** Loads out/extension.js afresh against new stand-ins; returns what they recorded. */
function loadExtension(settings, serverAnswers = {}) {
  const seen = { commands: new Map(), messages: [], clients: [], requests: [], panels: [], output: [] };
  const vscode = {
    window: {
      activeTextEditor: undefined,
      createOutputChannel: () => ({ appendLine: (line) => seen.output.push(line), show() {}, dispose() {} }),
      showErrorMessage: (message, ...actions) => { seen.messages.push({ kind: 'error', message, actions }); return Promise.resolve(undefined); },
      showWarningMessage: (message, ...actions) => { seen.messages.push({ kind: 'warning', message, actions }); return Promise.resolve(undefined); },
      showInformationMessage: (message, ...actions) => { seen.messages.push({ kind: 'info', message, actions }); return Promise.resolve(undefined); },
      onDidChangeActiveTextEditor: () => disposable,
      createWebviewPanel: (viewType, title, showOptions, options) => {
        const panel = { viewType, title, showOptions, options, webview: { cspSource: 'vscode-webview://test', html: '' },
          onDidDispose: () => disposable, reveal() {}, dispose() {} };
        seen.panels.push(panel);
        return panel;
      },
    },
    workspace: {
      getConfiguration: (section) => {
        assert.equal(section, 'seloste');
        return { get: (key) => settings[key] };
      },
      onDidChangeConfiguration: () => disposable,
      onDidChangeTextDocument: () => disposable,
      onDidSaveTextDocument: () => disposable,
      createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
    },
    commands: {
      registerCommand: (id, callback) => { seen.commands.set(id, callback); return disposable; },
      executeCommand: async () => undefined,
    },
    env: { openExternal: async () => true },
    Uri: { parse: (text) => ({ text }), file: (fsPath) => ({ fsPath }) },
    ViewColumn: { Beside: -2 },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions });
      seen.clients.push(this);
    }
    start() { return Promise.resolve(); }
    stop() { return Promise.resolve(); }
    isRunning() { return true; }
    sendRequest(type, params) {
      seen.requests.push({ type, params });
      return Promise.resolve(serverAnswers[params.command]);
    }
  }
  const languageClient = { LanguageClient, ExecuteCommandRequest: { type: 'workspace/executeCommand' }, TransportKind: { stdio: 0 } };
  const load = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'vscode') {
      return vscode;
    }
    if (request === 'vscode-languageclient/node') {
      return languageClient;
    }
    return load.call(this, request, ...rest);
  };
  try {
    for (const key of Object.keys(require.cache)) {
      if (key.startsWith(path.join(root, 'out'))) {
        delete require.cache[key];
      }
    }
    return { extension: require(path.join(root, 'out', 'extension.js')), vscode, seen };
  } finally {
    Module._load = load;
  }
}

function withEnvironment(variables, run) {
  const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };
  Object.assign(process.env, variables);
  for (const [key, value] of Object.entries(variables)) {
    if (value === undefined) {
      delete process.env[key];
    }
  }
  return run().finally(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) {
        delete process.env[key];
      } else {
        process.env[key] = value;
      }
    }
  });
}

/** A stand-in for the extension context: its folder, and a storage folder of its own. */
function contextAt(extensionPath) {
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'seloste-storage-'));
  temporary.push(storage);
  return { subscriptions: [], extensionPath, globalStorageUri: { fsPath: storage } };
}

const noJavaOnPath = fs.mkdtempSync(path.join(os.tmpdir(), 'seloste-nojava-'));
temporary.push(noJavaOnPath);
const document = {
  languageId: 'seloste',
  uri: { scheme: 'file', fsPath: '/w/kahvila.seloste', path: '/w/kahvila.seloste', toString: () => 'file:///w/kahvila.seloste' },
};

test('activation starts the server on the Java of seloste.java.home with the extension settings', { skip: process.platform === 'win32' }, async () => {
  const java21 = fakeJavaHome(21);
  const settings = { 'java.home': java21, messageLanguage: 'fi', generateOnSave: true, outputFolder: 'out', formats: ['html'], languages: [] };
  const { extension, seen } = loadExtension(settings);
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'seloste-storage-'));
  temporary.push(storage);
  const context = { subscriptions: [], extensionPath: '/ext/seloste', globalStorageUri: { fsPath: storage } };
  await withEnvironment({ PATH: noJavaOnPath, JAVA_HOME: undefined }, () => extension.activate(context));

  assert.equal(seen.clients.length, 1);
  const [client] = seen.clients;
  assert.equal(client.id, 'seloste');
  assert.equal(client.serverOptions.command, path.join(java21, 'bin', 'java'));
  assert.deepEqual(client.serverOptions.args, ['-Dfile.encoding=UTF-8', '-Xlog:disable', '-Xlog:all=warning,cds*=off:stderr',
    `-XX:SharedArchiveFile=${path.join(storage, `seloste-server-${require('crypto').createHash('sha256')
      .update(`${path.join(java21, 'bin', 'java')}\n/ext/seloste`).digest('hex').slice(0, 16)}.jsa`)}`, '-XX:+AutoCreateSharedArchive',
    '-cp', '/ext/seloste/server/lib/*', 'fi.seloste.ide.cli.Main', 'lsp']);
  assert.deepEqual(client.clientOptions.initializationOptions,
    { messageLanguage: 'fi', generateOnSave: true, outputFolder: 'out', formats: ['html'], languages: [] });
  assert.equal(client.clientOptions.synchronize.configurationSection, 'seloste');
  assert.equal(client.clientOptions.synchronize.fileEvents.glob, '**/*.seloste');
  assert.ok(client.clientOptions.documentSelector.some((selector) => selector.language === 'seloste' && selector.scheme === 'file'));
  assert.deepEqual([...seen.commands.keys()].sort(), manifest.contributes.commands.map((command) => command.command).sort(),
    'the commands registered are the commands package.json contributes');
  assert.deepEqual(manifest.activationEvents, ['onLanguage:seloste']);
  assert.equal(seen.messages.length, 0, JSON.stringify(seen.messages));
});

test('Generate sends seloste.generate with the file and says what was written', { skip: process.platform === 'win32' }, async () => {
  const java21 = fakeJavaHome(21);
  const written = ['/w/generated-notices/Kahvila.fi.html', '/w/generated-notices/Kahvila.fi.md'];
  const { extension, vscode, seen } = loadExtension({ 'java.home': java21 }, { 'seloste.generate': { written, messages: [] } });
  await withEnvironment({ PATH: noJavaOnPath }, () => extension.activate(contextAt('/ext')));
  vscode.window.activeTextEditor = { document };
  await seen.commands.get('seloste.generateNotices')();
  assert.deepEqual(seen.requests, [{ type: 'workspace/executeCommand', params: { command: 'seloste.generate', arguments: ['file:///w/kahvila.seloste'] } }]);
  assert.deepEqual(seen.messages.map((message) => [message.kind, message.message, message.actions]),
    [['info', 'Seloste wrote 2 files into /w/generated-notices.', ['Show files', 'Open in browser']]]);
  assert.ok(seen.output.includes('  wrote /w/generated-notices/Kahvila.fi.html'));
});

test('Preview shows the server HTML beside the editor under a strict policy, without scripts', { skip: process.platform === 'win32' }, async () => {
  const java21 = fakeJavaHome(21);
  const html = '<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><style>p{}</style></head><body><p>Seloste</p></body></html>';
  const { extension, vscode, seen } = loadExtension({ 'java.home': java21 },
    { 'seloste.preview': { notice: 'Kahvila', language: 'fi', html, draft: false, messages: [] } });
  await withEnvironment({ PATH: noJavaOnPath }, () => extension.activate(contextAt('/ext')));
  vscode.window.activeTextEditor = { document };
  seen.commands.get('seloste.showPreview')();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(seen.panels.length, 1);
  const [panel] = seen.panels;
  assert.equal(panel.showOptions.viewColumn, -2, 'beside the editor');
  assert.equal(panel.options.enableScripts, false);
  assert.equal(panel.title, 'Preview Kahvila (fi)');
  assert.match(panel.webview.html, /^<!DOCTYPE html><html lang="fi"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src vscode-webview:\/\/test data:; style-src vscode-webview:\/\/test 'unsafe-inline'; [^"]*"><meta charset="utf-8">/);
  assert.deepEqual(seen.requests.map((request) => request.params), [{ command: 'seloste.preview', arguments: ['file:///w/kahvila.seloste'] }]);
});

test('without a Java 21+ no server starts, and the message says what to install and which setting to set', { skip: process.platform === 'win32' }, async () => {
  const java17 = fakeJavaHome(17);
  const { extension, seen } = loadExtension({ 'java.home': java17 });
  await withEnvironment({ PATH: noJavaOnPath, JAVA_HOME: undefined }, () => extension.activate(contextAt('/ext')));
  assert.equal(seen.clients.length, 0);
  assert.equal(seen.messages.length, 1);
  const [shown] = seen.messages;
  assert.equal(shown.kind, 'error');
  assert.match(shown.message, /needs Java 21 or newer/);
  assert.match(shown.message, new RegExp(`seloste\\.java\\.home \\(${java17}/bin/java\\) is Java 17`));
  assert.match(shown.message, /`java` on the PATH does not run/);
  assert.match(shown.message, /Eclipse Temurin/);
  assert.deepEqual(shown.actions, ['Set seloste.java.home', 'Download Temurin']);
  // the commands exist and say the same, instead of failing with "command not found"
  seen.commands.get('seloste.showPreview')();
  assert.equal(seen.messages.length, 2);
  assert.equal(seen.messages[1].message, shown.message);
});
