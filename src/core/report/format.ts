/** Numbers as the report words them, the same in the webview, the HTML file and markdown. */

/** `81%` of a share 0–1; `<1%` for a share that is not zero but rounds to it. */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? '<1%' : `${p}%`;
}

/** `+18`, `−7`, `0`: a change of score, with a true minus sign. */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `\u2212${-delta}` : '0';
}
