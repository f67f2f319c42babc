/**
 * The report's one stylesheet, shared by the webview (where the theme's
 * `--vscode-*` variables give every colour: the band colours are the
 * extension's own theme colours `clientFriction.calm|watch|strained|fire`,
 * which the tree uses too, chosen per theme kind for 4.5:1 against the
 * background) and the HTML file (the same light palette, the dark one under
 * `prefers-color-scheme: dark`, and one column on paper).
 * Charts use classes only, so no inline style is ever needed.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --cf-fg: #1f1f1f; --cf-muted: #5f6368; --cf-bg: #ffffff; --cf-grid: #d9d9d9; --cf-accent: #005fb8;
  --cf-calm: #1a7f37; --cf-watch: #8a6a00; --cf-strained: #b35200; --cf-fire: #cf222e;
  --cf-income: #1a85ff; --cf-purple: #652d90; --cf-line: #1f1f1f; --cf-vital-bg: rgba(229, 20, 0, 0.07);
  --cf-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; --cf-font-size: 14px;
  --cf-button-bg: #005fb8; --cf-button-fg: #ffffff; --cf-button-hover: #0258a8; --cf-focus: #005fb8; --cf-border: transparent; --cf-button-border: transparent;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --cf-fg: #cccccc; --cf-muted: #9d9d9d; --cf-bg: #1f1f1f; --cf-grid: #3c3c3c; --cf-accent: #4daafc;
    --cf-calm: #57ab5a; --cf-watch: #c9a227; --cf-strained: #e8833a; --cf-fire: #f06a63;
    --cf-income: #3794ff; --cf-purple: #b180d7; --cf-line: #e0e0e0; --cf-vital-bg: rgba(241, 76, 76, 0.1);
    --cf-button-bg: #0078d4; --cf-button-fg: #ffffff; --cf-button-hover: #026ec1;
  }
}
/* Inside VS Code: the theme's colours, whatever the theme. */
body.vscode-light, body.vscode-dark, body.vscode-high-contrast, body.vscode-high-contrast-light {
  --cf-fg: var(--vscode-foreground); --cf-muted: var(--vscode-descriptionForeground); --cf-bg: var(--vscode-editor-background);
  --cf-grid: color-mix(in srgb, var(--vscode-foreground) 20%, transparent); --cf-accent: var(--vscode-textLink-foreground);
  /* The bands in the extension's own theme colours (package.json contributes.colors, per theme kind); a chart colour a theme leaves out falls back. */
  --cf-calm: var(--vscode-clientFriction-calm, #57ab5a); --cf-watch: var(--vscode-clientFriction-watch, #c9a227); --cf-strained: var(--vscode-clientFriction-strained, #e8833a);
  --cf-fire: var(--vscode-clientFriction-fire, #f06a63); --cf-income: var(--vscode-charts-blue, #3794ff); --cf-purple: var(--vscode-charts-purple, #b180d7);
  --cf-line: var(--vscode-charts-foreground, var(--vscode-foreground));
  --cf-font: var(--vscode-font-family); --cf-font-size: var(--vscode-font-size);
  --cf-button-bg: var(--vscode-button-background); --cf-button-fg: var(--vscode-button-foreground);
  --cf-button-hover: var(--vscode-button-hoverBackground); --cf-focus: var(--vscode-focusBorder); --cf-button-border: var(--vscode-button-border, transparent);
}
body.vscode-high-contrast, body.vscode-high-contrast-light { --cf-border: var(--vscode-contrastBorder); --cf-vital-bg: transparent; }
body { margin: 0; padding: 0 20px 40px; background: var(--cf-bg); color: var(--cf-fg); font-family: var(--cf-font); font-size: var(--cf-font-size); line-height: 1.45; }
.cf-report { max-width: 1200px; margin: 0 auto; }
h1 { font-size: 1.6em; font-weight: 600; margin: 20px 0 2px; }
h2 { font-size: 1.25em; font-weight: 600; margin: 0 0 6px; padding-top: 18px; border-top: 1px solid var(--cf-grid); }
.cf-meta, .cf-muted, figcaption, caption { color: var(--cf-muted); }
.cf-nav { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 8px 0 4px; }
.cf-nav a, button.cf-client { color: var(--cf-accent); }
.cf-section { margin-top: 22px; }
/* Sections below the fold are laid out when scrolled to: the first paint of a long report stays quick. */
.cf-section + .cf-section { content-visibility: auto; contain-intrinsic-size: auto 900px; }
.cf-lead { margin: 4px 0 12px; font-size: 1.05em; }
.cf-empty { color: var(--cf-muted); font-style: italic; }
.cf-pair { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px 32px; align-items: start; margin-bottom: 12px; }
@media (min-width: 1180px) { .cf-pair { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); } }
.cf-stack > .cf-figure { margin-bottom: 14px; }
.cf-figure { margin: 0; overflow-x: auto; }
figcaption { font-size: 0.85em; margin-top: 4px; }
.cf-svg { display: block; width: 100%; height: auto; overflow: visible; font-family: var(--cf-font); }
.cf-pareto, .cf-hbars { max-width: 720px; min-width: 520px; } .cf-ageing { max-width: 360px; min-width: 260px; }
.cf-svg text { fill: var(--cf-fg); font-size: 11px; }
.cf-svg .cf-axis, .cf-svg .cf-note { fill: var(--cf-muted); }
.cf-grid { stroke: var(--cf-grid); stroke-width: 1; }
.cf-axis-line { stroke: var(--cf-muted); stroke-width: 1; }
.cf-target { stroke: var(--cf-fg); stroke-width: 1; stroke-dasharray: 4 3; }
.cf-bar { stroke: var(--cf-border); stroke-width: 1; }
.cf-vital { fill: var(--cf-vital-bg); stroke: var(--cf-fire); stroke-width: 1; stroke-dasharray: 2 3; }
.cf-cumulative { fill: none; stroke: var(--cf-line); stroke-width: 1.6; }
.cf-cumulative-dot { fill: var(--cf-line); }
.cf-spark { width: 104px; height: 26px; }
.cf-spark-line { fill: none; stroke: var(--cf-fg); stroke-width: 1.3; }
.cf-band-calm { fill: var(--cf-calm); } .cf-band-watch { fill: var(--cf-watch); }
.cf-band-strained { fill: var(--cf-strained); } .cf-band-fire { fill: var(--cf-fire); }
.cf-income { fill: var(--cf-income); }
.cf-age-0 { fill: var(--cf-watch); } .cf-age-1 { fill: var(--cf-strained); } .cf-age-2 { fill: var(--cf-fire); } .cf-age-3 { fill: var(--cf-purple); }
.cf-band-text-calm { color: var(--cf-calm); } .cf-band-text-watch { color: var(--cf-watch); }
.cf-band-text-strained { color: var(--cf-strained); } .cf-band-text-fire { color: var(--cf-fire); }
.cf-key { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; vertical-align: baseline; border: 1px solid var(--cf-border); }
.cf-key.cf-income { background: var(--cf-income); }
.cf-key-friction { background: linear-gradient(90deg, var(--cf-calm) 0 25%, var(--cf-watch) 25% 50%, var(--cf-strained) 50% 75%, var(--cf-fire) 75%); }
.cf-key-line { height: 2px; background: var(--cf-line); vertical-align: middle; }
.cf-key-target { height: 0; border: 0; border-top: 1px dashed var(--cf-fg); vertical-align: middle; }
.cf-table-wrap { overflow-x: auto; }
.cf-table { border-collapse: collapse; width: 100%; max-width: 900px; font-variant-numeric: tabular-nums; }
.cf-table caption { text-align: left; font-size: 0.85em; padding-bottom: 4px; }
.cf-table th, .cf-table td { padding: 3px 8px; border-bottom: 1px solid var(--cf-grid); text-align: left; vertical-align: middle; }
.cf-table th { font-weight: 600; }
.cf-table td.cf-num, .cf-table td.cf-date { white-space: nowrap; }
.cf-table .cf-num { text-align: right; }
.cf-table .cf-date { text-align: left; }
.cf-tag { display: inline-block; font-size: 0.75em; padding: 0 5px; border-radius: 8px; border: 1px solid var(--cf-fire); color: var(--cf-fire); white-space: nowrap; }
.cf-up { color: var(--cf-fire); font-weight: 600; } .cf-down { color: var(--cf-calm); }
.cf-tone { font-weight: 600; } .cf-tone-firm { color: var(--cf-strained); } .cf-tone-final { color: var(--cf-fire); }
button.cf-client { background: none; border: 0; padding: 0; font: inherit; text-align: left; cursor: pointer; }
button.cf-client:hover { text-decoration: underline; }
.cf-remind { display: inline-block; margin: 2px 0 2px 6px; padding: 2px 10px; white-space: nowrap; font: inherit; font-size: 0.9em; line-height: 18px; cursor: pointer; border: 1px solid var(--cf-button-border); border-radius: 2px; background: var(--cf-button-bg); color: var(--cf-button-fg); }
.cf-remind:hover { background: var(--cf-button-hover); }
button:focus-visible, a:focus-visible, .cf-clickable:focus-visible { outline: 1px solid var(--cf-focus); outline-offset: 2px; }
.cf-clickable { cursor: pointer; }
.cf-clickable:hover .cf-bar { opacity: 0.8; }
.cf-problems { padding-left: 18px; }
@media print {
  :root, body { color-scheme: light; --cf-fg: #000; --cf-muted: #444; --cf-bg: #fff; --cf-grid: #ccc; --cf-line: #000; }
  body { padding: 0; font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cf-nav { display: none; }
  .cf-section + .cf-section { content-visibility: visible; }
  .cf-pair { display: block; }
  .cf-figure { break-inside: avoid; margin-bottom: 10px; }
  .cf-svg { max-height: 24cm; min-width: 0; }
  .cf-remind { display: none; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
}
`;
