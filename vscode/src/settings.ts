// The settings the language server reads (initializationOptions, and the `seloste` section of
// workspace/didChangeConfiguration that vscode-languageclient sends). seloste.java.home is the
// extension's own and not passed on.

export interface ServerSettings {
  messageLanguage: 'auto' | 'fi' | 'en';
  generateOnSave: boolean;
  outputFolder: string;
  formats: string[];
  languages: string[];
}

export const FORMATS = ['html', 'md', 'pdf', 'ropa', 'json', 'tilt', 'dpv'] as const;
export const LANGUAGES = ['fi', 'en', 'sv'] as const;

/** Reads a value of the `seloste` configuration section (WorkspaceConfiguration.get). */
export type SettingReader = (key: string) => unknown;

function strings(value: unknown, allowed: readonly string[]): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const result: string[] = [];
  for (const item of value) {
    if (typeof item === 'string' && allowed.includes(item) && !result.includes(item)) {
      result.push(item);
    }
  }
  return result;
}

/** The server's settings, each value of the wrong kind replaced by its default. */
export function serverSettings(read: SettingReader): ServerSettings {
  const messageLanguage = read('messageLanguage');
  const outputFolder = read('outputFolder');
  return {
    messageLanguage: messageLanguage === 'fi' || messageLanguage === 'en' ? messageLanguage : 'auto',
    generateOnSave: read('generateOnSave') === true,
    outputFolder: typeof outputFolder === 'string' && outputFolder.trim() !== '' ? outputFolder.trim() : 'generated-notices',
    formats: strings(read('formats'), FORMATS),
    languages: strings(read('languages'), LANGUAGES),
  };
}
