/**
 * The report webview's page: the core's report body and stylesheet under a
 * strict Content-Security-Policy — nothing loads but the one script from
 * dist/webview/ and the one stylesheet, both carrying this page's nonce; no
 * inline handler, no inline style, no network.
 */
import * as vscode from 'vscode';
import { REPORT_CSS } from '../../core/report/css';

export function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function reportPage(webview: vscode.Webview, scriptUri: vscode.Uri, body: string, version: number): string {
  const n = nonce();
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src 'nonce-${n}'`, `script-src 'nonce-${n}'`].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Client Friction Report</title>',
    `<style nonce="${n}">${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<main id="cf-report" class="cf-report" data-version="${version}">${body}</main>`,
    `<script nonce="${n}" src="${webview.asWebviewUri(scriptUri).toString()}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
