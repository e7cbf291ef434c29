// The preview's HTML: the server's full document with a strict Content-Security-Policy put in front,
// and a page for the server's messages when it has nothing to show. No VS Code API here (tested in node).

/**
 * The policy of the preview: nothing from the network, no scripts; the document's own inline styles,
 * and images only from the webview's resources or inline data.
 */
export function contentSecurityPolicy(cspSource: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `font-src ${cspSource} data:`,
  ].join('; ');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A value for a double-quoted attribute: the policy's single quotes stay as they are, readable. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function metaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
}

/**
 * The document with the policy as the first element of its head (before anything the policy must
 * govern), whether or not the document has a head of its own.
 */
export function withContentSecurityPolicy(html: string, policy: string): string {
  const tag = metaTag(policy);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const end = head.index + head[0].length;
    return html.slice(0, end) + tag + html.slice(end);
  }
  const root = /<html(\s[^>]*)?>/i.exec(html);
  if (root) {
    const end = root.index + root[0].length;
    return `${html.slice(0, end)}<head>${tag}</head>${html.slice(end)}`;
  }
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const start = doctype ? doctype[0].length : 0;
  return `${html.slice(0, start)}<head>${tag}</head>${html.slice(start)}`;
}

/** A page showing the server's messages (no notice, a file that does not parse ...). */
export function messagePage(title: string, messages: readonly string[], policy: string): string {
  const items = messages.map((message) => `<li>${escapeHtml(message)}</li>`).join('');
  return (
    `<!DOCTYPE html><html><head>${metaTag(policy)}<meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    '<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:1em}</style>' +
    `</head><body><h2>${escapeHtml(title)}</h2><ul>${items}</ul></body></html>`
  );
}
