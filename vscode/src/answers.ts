// The answers of the server's commands seloste.preview and seloste.generate, read defensively, and the
// summary shown after generating. No VS Code API here (tested in node).

/** The answer of `seloste.preview`, read defensively: the server's JSON is not trusted to be well-formed. */
export interface PreviewAnswer {
  notice: string | undefined;
  language: string | undefined;
  html: string | undefined;
  draft: boolean;
  messages: string[];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readPreviewAnswer(answer: unknown): PreviewAnswer {
  const json = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
  return {
    notice: optionalString(json.notice),
    language: optionalString(json.language),
    html: optionalString(json.html),
    draft: json.draft === true,
    messages: stringList(json.messages),
  };
}

/** The answer of `seloste.generate`. */
export interface GenerateAnswer {
  written: string[];
  messages: string[];
}

export function readGenerateAnswer(answer: unknown): GenerateAnswer {
  const json = typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>) : {};
  return { written: stringList(json.written), messages: stringList(json.messages) };
}

/** One line for the notification after generating: how many files, and where. */
export function generatedSummary(written: readonly string[], commonFolder: string | undefined): string {
  if (written.length === 0) {
    return 'Seloste wrote no files.';
  }
  const files = written.length === 1 ? '1 file' : `${written.length} files`;
  return commonFolder ? `Seloste wrote ${files} into ${commonFolder}.` : `Seloste wrote ${files}.`;
}

/** The deepest folder holding all the paths (with '/' or '\\' separators), or undefined. */
export function commonFolder(paths: readonly string[]): string | undefined {
  const [first, ...rest] = paths;
  if (first === undefined) {
    return undefined;
  }
  const separator = first.includes('\\') && !first.includes('/') ? '\\' : '/';
  let parts = first.split(separator).slice(0, -1);
  for (const other of rest) {
    const otherParts = other.split(separator).slice(0, -1);
    let same = 0;
    while (same < parts.length && same < otherParts.length && parts[same] === otherParts[same]) {
      same++;
    }
    parts = parts.slice(0, same);
  }
  const folder = parts.join(separator);
  return folder === '' ? undefined : folder;
}
