// The Seloste extension: starts the Seloste language server (the jars in server/lib, on a Java 21+)
// through vscode-languageclient, passes the seloste.* settings on, and adds the commands
// "Seloste: Generate notices" and "Seloste: Preview".
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { commonFolder, generatedSummary, readGenerateAnswer } from './answers';
import {
  findJava,
  ignoredSettingMessage,
  javaCandidates,
  javaNotFoundMessage,
  runJavaProbe,
  serverArguments,
} from './java';
import { PreviewPanel } from './preview';
import { serverSettings } from './settings';

// The VS Code commands have ids of their own: vscode-languageclient registers the server's commands
// (seloste.generate, seloste.preview) under their names already.
const GENERATE_COMMAND = 'seloste.generateNotices';
const PREVIEW_COMMAND = 'seloste.showPreview';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Seloste');
  context.subscriptions.push(output);

  // the Java is chosen once, at start: a new seloste.java.home takes effect in a new window
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('seloste.java.home')) {
        void offerReload();
      }
    }),
  );

  const configuration = vscode.workspace.getConfiguration('seloste');
  const search = await findJava(
    javaCandidates(configuration.get<string>('java.home'), process.env, process.platform),
    runJavaProbe,
  );
  if (!search.found) {
    const message = javaNotFoundMessage(search.rejected);
    output.appendLine(message);
    const unavailable = (): void => {
      void showJavaMissing(message);
    };
    context.subscriptions.push(
      vscode.commands.registerCommand(GENERATE_COMMAND, unavailable),
      vscode.commands.registerCommand(PREVIEW_COMMAND, unavailable),
    );
    void showJavaMissing(message);
    return;
  }
  const warning = ignoredSettingMessage(search);
  if (warning) {
    output.appendLine(warning);
    void vscode.window.showWarningMessage(warning);
  }
  const java = search.found;
  const classArchive = classArchiveIn(context.globalStorageUri.fsPath, java.candidate.executable, context.extensionPath);
  const args = serverArguments(context.extensionPath, java.major, process.platform, classArchive);
  output.appendLine(`Seloste language server: ${java.candidate.executable} ${args.join(' ')}`);

  const serverOptions: ServerOptions = {
    command: java.candidate.executable,
    args,
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    // files on disk only: the server picks the language by the file extension, which an untitled buffer lacks
    documentSelector: [{ scheme: 'file', language: 'seloste' }],
    initializationOptions: serverSettings((key) => configuration.get(key)),
    synchronize: {
      // workspace/didChangeConfiguration with { seloste: {...} } on every change of a seloste.* setting
      // the push model is what the server reads (ServerSettings.read of the didChangeConfiguration settings)
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      configurationSection: 'seloste',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.seloste'),
    },
    outputChannel: output,
  };
  client = new LanguageClient('seloste', 'Seloste', serverOptions, clientOptions);

  const runCommand = async (command: string, commandArguments: unknown[]): Promise<unknown> => {
    if (!client?.isRunning()) {
      throw new Error('The Seloste language server is not running (see the "Seloste" output).');
    }
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: commandArguments });
  };
  const preview = new PreviewPanel(runCommand);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand(PREVIEW_COMMAND, () => {
      const editor = activeSelosteEditor();
      if (editor) {
        preview.show(editor.document);
      }
    }),
    vscode.commands.registerCommand(GENERATE_COMMAND, async () => {
      const editor = activeSelosteEditor();
      if (editor) {
        await generate(editor.document, runCommand, output);
      }
    }),
  );

  try {
    await client.start();
  } catch (error) {
    output.appendLine(`The Seloste language server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage(
      'The Seloste language server did not start; the "Seloste" output says why.',
      'Show output',
    ).then((choice) => {
      if (choice) {
        output.show();
      }
    });
  }
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

async function showJavaMissing(message: string): Promise<void> {
  const openSettings = 'Set seloste.java.home';
  const download = 'Download Temurin';
  const choice = await vscode.window.showErrorMessage(message, openSettings, download);
  if (choice === openSettings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'seloste.java.home');
  } else if (choice === download) {
    await vscode.env.openExternal(vscode.Uri.parse('https://adoptium.net/temurin/releases/'));
  }
}

async function offerReload(): Promise<void> {
  const reload = 'Reload Window';
  const choice = await vscode.window.showInformationMessage(
    'seloste.java.home changed: reload the window to start the Seloste language server on that Java.',
    reload,
  );
  if (choice === reload) {
    await vscode.commands.executeCommand('workbench.action.reloadWindow');
  }
}

function activeSelosteEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== 'seloste') {
    void vscode.window.showInformationMessage('Open a .seloste file first.');
    return undefined;
  }
  return editor;
}

async function generate(
  document: vscode.TextDocument,
  runCommand: (command: string, args: unknown[]) => Promise<unknown>,
  output: vscode.OutputChannel,
): Promise<void> {
  if (document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Save the file first: Seloste generates the notices of a file on disk.');
    return;
  }
  // the notices are generated from the file as saved (what `seloste generate` reads), never from unsaved edits
  if (document.isDirty && !(await document.save())) {
    void vscode.window.showWarningMessage('Seloste did not generate: the file could not be saved.');
    return;
  }
  let answer;
  try {
    answer = readGenerateAnswer(await runCommand('seloste.generate', [document.uri.toString()]));
  } catch (error) {
    void vscode.window.showErrorMessage(`Seloste could not generate: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  output.appendLine(`Generate ${document.uri.fsPath}:`);
  answer.messages.forEach((message) => {
    output.appendLine(`  ${message}`);
  });
  answer.written.forEach((file) => {
    output.appendLine(`  wrote ${file}`);
  });
  const summary = generatedSummary(answer.written, commonFolder(answer.written));
  const details = answer.messages.length > 0 ? ` ${answer.messages.join(' ')}` : '';
  const showFiles = 'Show files';
  const openFirst = answer.written.find((file) => file.endsWith('.html'));
  const openHtml = 'Open in browser';
  const actions = openFirst ? [showFiles, openHtml] : [showFiles];
  const choice =
    answer.written.length > 0
      ? await vscode.window.showInformationMessage(summary + details, ...actions)
      : await vscode.window.showWarningMessage(summary + details, showFiles);
  if (choice === showFiles) {
    output.show(true);
  } else if (choice === openHtml && openFirst) {
    await vscode.env.openExternal(vscode.Uri.file(openFirst));
  }
}

/**
 * The file of the server's class archive (faster starts) in the extension's own storage, the extension
 * folder being possibly read-only; none when the storage cannot be made. Named after the Java and the
 * extension's folder (its version), since the JVM does not remake an archive made with other jars or
 * another Java; the archives of earlier ones are removed.
 */
function classArchiveIn(storage: string, javaExecutable: string, extensionPath: string): string | undefined {
  try {
    fs.mkdirSync(storage, { recursive: true });
    const fingerprint = createHash('sha256').update(`${javaExecutable}\n${extensionPath}`).digest('hex').slice(0, 16);
    const archive = `seloste-server-${fingerprint}.jsa`;
    for (const name of fs.readdirSync(storage)) {
      if (name.startsWith('seloste-server-') && name.endsWith('.jsa') && name !== archive) {
        fs.rmSync(path.join(storage, name), { force: true });
      }
    }
    return path.join(storage, archive);
  } catch {
    return undefined;
  }
}
