/**
 * The HTML of the ER diagram webview, without VS Code: Mermaid comes from the extension's own
 * `media/mermaid.min.js` (bundled at build time, never fetched), and the Content-Security-Policy
 * allows nothing else — no network, scripts only with the page's nonce, styles inline (Mermaid
 * writes its SVG styles inline) or from the webview's own source.
 */

export interface DiagramPage {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** The webview URI of `media/mermaid.min.js`. */
  readonly mermaidUri: string;
  /** A fresh random nonce for this page. */
  readonly nonce: string;
  readonly title: string;
  readonly mermaid: string;
  /** `dark` or `default`: Mermaid's theme matching the editor. */
  readonly theme: 'dark' | 'default';
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function diagramHtml(p: DiagramPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(p.cspSource, p.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(p.title)}</title>
<style>body { padding: 0 1em; } .error { color: var(--vscode-errorForeground); white-space: pre-wrap; }</style>
</head>
<body>
<h3>${escapeHtml(p.title)}</h3>
<pre class="mermaid">${escapeHtml(p.mermaid)}</pre>
<script nonce="${p.nonce}" src="${escapeHtml(p.mermaidUri)}"></script>
<script nonce="${p.nonce}">
  const m = globalThis.mermaid;
  m.initialize({ startOnLoad: false, securityLevel: 'strict', theme: '${p.theme}', maxTextSize: 1000000 });
  m.run({ querySelector: '.mermaid' }).catch((e) => {
    const pre = document.querySelector('.mermaid');
    pre.classList.add('error');
    pre.textContent = 'Mermaid could not draw this diagram: ' + e;
  });
</script>
</body>
</html>
`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
