/**
 * The report webview's only script (loaded with the page's nonce; no inline
 * handler anywhere). It listens to clicks on the buttons and bars the
 * extension drew — a client, a payment reminder — and posts what was asked;
 * it swaps the report's body in place when the extension sends a new one;
 * and it keeps the reader's place (the section at the top of the view and
 * how far into it) in the webview state, so the report comes back where it
 * was after being hidden, and stays there when it is redrawn.
 *
 * The place is a section, not a scroll offset: sections below the fold are
 * laid out only when scrolled to (CSS content-visibility), so the offset of
 * the same content differs from one load to the next.
 */
import type { ReportRequest, ReportUpdate } from '../core/report/messages';

interface Place {
  /** Id of the section at the top of the view. */
  section?: string;
  /** Pixels of it scrolled past. */
  offset?: number;
}

declare function acquireVsCodeApi(): {
  postMessage(message: ReportRequest): void;
  getState(): Place | undefined;
  setState(state: Place): void;
};

const vscode = acquireVsCodeApi();
const main = document.getElementById('cf-report') as HTMLElement;

function currentPlace(): Place {
  if (window.scrollY <= 0) return {};
  const top = Array.from(main.querySelectorAll<HTMLElement>('section[id]')).find((s) => s.getBoundingClientRect().bottom > 0);
  return top ? { section: top.id, offset: Math.round(-top.getBoundingClientRect().top) } : {};
}

function goTo(place: Place | undefined): void {
  const section = place?.section ? document.getElementById(place.section) : null;
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  window.scrollBy(0, place?.offset ?? 0);
}

vscode.postMessage({ command: 'ready', version: Number(main.dataset.version) });
goTo(vscode.getState());

let pending = false;
window.addEventListener('scroll', () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    vscode.setState(currentPlace());
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
  const place = currentPlace();
  // The markup is the extension's, built by the core with every note string escaped.
  main.innerHTML = m.html;
  main.dataset.version = String(m.version);
  goTo(place);
});
