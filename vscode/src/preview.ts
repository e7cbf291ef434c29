// The preview panel: a webview beside the editor showing the HTML the server generates for the active
// Seloste file (seloste.preview), refreshed as the file changes, is saved, or another Seloste editor
// becomes active.
import * as vscode from 'vscode';
import { readPreviewAnswer } from './answers';
import { contentSecurityPolicy, messagePage, withContentSecurityPolicy } from './html';

/** Runs a command of the language server and resolves its answer. */
export type ServerCommand = (command: string, args: unknown[]) => Promise<unknown>;

const REFRESH_DELAY_MS = 400;

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts requests, so that a slow answer never replaces a newer one. */
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly runCommand: ServerCommand) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) {
          this.scheduleRefresh();
        }
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document === this.document) {
          void this.refresh();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor?.document.languageId === 'seloste' && editor.document !== this.document) {
          this.document = editor.document;
          void this.refresh();
        }
      }),
    );
  }

  /** Opens the panel beside the editor of the document (or brings it forward) and shows the document. */
  show(document: vscode.TextDocument): void {
    this.document = document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'selostePreview',
        'Seloste Preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableFindWidget: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    void this.refresh();
  }

  private scheduleRefresh(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) {
      return;
    }
    const request = ++this.generation;
    const policy = contentSecurityPolicy(panel.webview.cspSource);
    const fileName = document.uri.path.split('/').pop() ?? document.uri.path;
    let html: string;
    let title = `Preview ${fileName}`;
    try {
      const answer = readPreviewAnswer(await this.runCommand('seloste.preview', [document.uri.toString()]));
      if (answer.html) {
        html = withContentSecurityPolicy(answer.html, policy);
        title = `Preview ${answer.notice ?? fileName}${answer.language ? ` (${answer.language})` : ''}${answer.draft ? ' – draft' : ''}`;
      } else {
        html = messagePage(`No preview of ${fileName}`, answer.messages, policy);
      }
    } catch (error) {
      html = messagePage(`No preview of ${fileName}`, [error instanceof Error ? error.message : String(error)], policy);
    }
    if (request === this.generation && this.panel === panel) {
      panel.title = title;
      panel.webview.html = html;
    }
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.panel?.dispose();
    this.subscriptions.forEach((subscription) => {
      subscription.dispose();
    });
  }
}
