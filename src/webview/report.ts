/**
 * The report webview's only script (loaded with the page's nonce; no inline
 * handler anywhere). It listens to clicks on the buttons and bars the
 * extension drew — a client, a payment reminder — and posts what was asked;
 * it swaps the report's body in place when the extension sends a new one,
 * and keeps the scroll position in the webview state, so the report comes
 * back where it was after being hidden.
 */
import type { ReportRequest, ReportUpdate } from '../core/report/messages';

interface State {
  scrollY?: number;
}

declare function acquireVsCodeApi(): {
  postMessage(message: ReportRequest): void;
  getState(): State | undefined;
  setState(state: State): void;
};

const vscode = acquireVsCodeApi();
const main = document.getElementById('cf-report') as HTMLElement;

vscode.postMessage({ command: 'ready', version: Number(main.dataset.version) });

const saved = vscode.getState();
if (saved?.scrollY) window.scrollTo(0, saved.scrollY);

let pending = false;
window.addEventListener('scroll', () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    vscode.setState({ ...vscode.getState(), scrollY: window.scrollY });
  });
});

main.addEventListener('click', (event) => {
  const target = (event.target as Element).closest<HTMLElement | SVGElement>('[data-file]');
  const file = target?.dataset.file;
  if (!target || !file) return;
  event.preventDefault();
  if (target.classList.contains('cf-remind')) {
    const { tone, invoice } = target.dataset;
    if (tone === 'friendly' || tone === 'firm' || tone === 'final') vscode.postMessage({ command: 'insertReminder', file, tone, invoice: invoice ?? '' });
  } else {
    vscode.postMessage({ command: 'openClient', file });
  }
});

window.addEventListener('message', (event: MessageEvent<ReportUpdate>) => {
  const m = event.data;
  if (m?.type !== 'render' || typeof m.html !== 'string') return;
  // The markup is the extension's, built by the core with every note string escaped.
  main.innerHTML = m.html;
  main.dataset.version = String(m.version);
});
