/**
 * The report webview's page: the core's report body and stylesheet under a
 * strict Content-Security-Policy — nothing loads but the one script from
 * dist/webview/ and the one stylesheet, both carrying this page's nonce; no
 * inline handler, no inline style, no network.
 */
import * as vscode from 'vscode';
import { reportPageHtml } from '../../core/report/html';
import { Language } from '../../core/settings';

export function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `lang`: the language of the body's words (the report's: settings.language, the display language unless set). */
export function reportPage(webview: vscode.Webview, scriptUri: vscode.Uri, body: string, version: number, lang: Language): string {
  const n = nonce();
  return reportPageHtml({
    csp: [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src 'nonce-${n}'`, `script-src 'nonce-${n}'`].join('; '),
    lang,
    title: vscode.l10n.t('Client Friction Report'),
    body,
    nonce: n,
    mainAttributes: `id="cf-report" data-version="${version}"`,
    scriptSrc: webview.asWebviewUri(scriptUri).toString(),
  });
}
