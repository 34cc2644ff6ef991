/**
 * The console's stylesheet, served from /admin/console.css (the pages allow no
 * inline style). Its colours are the widgets' design tokens, the same
 * `--placard-*` properties with the same light and dark defaults
 * (packages/elements/src/styles/tokens.ts; a test holds the two together).
 */
export const CONSOLE_CSS = `
:root {
  --placard-color-text: #1c1b1f;
  --placard-color-muted: #4a4850;
  --placard-color-surface: #ffffff;
  --placard-color-subtle: #f3f1f4;
  --placard-color-border: #79767d;
  --placard-color-accent: #a4161a;
  --placard-color-accent-text: #ffffff;
  --placard-color-error: #b3261e;
  --placard-color-success: #146c2e;
  --placard-color-focus: #1a56b8;
  --placard-radius: 0.5rem;
  --placard-space: 1rem;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --placard-color-text: #ece6ef;
    --placard-color-muted: #cac4d0;
    --placard-color-surface: #1c1b1f;
    --placard-color-subtle: #2b2930;
    --placard-color-border: #938f99;
    --placard-color-accent: #ffb4a9;
    --placard-color-accent-text: #2d0001;
    --placard-color-error: #ffb4ab;
    --placard-color-success: #8fd9a0;
    --placard-color-focus: #a8c7ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: var(--placard-color-text); background: var(--placard-color-subtle); }
a { color: var(--placard-color-focus); }
:focus-visible { outline: 3px solid var(--placard-color-focus); outline-offset: 2px; }
.skip { position: absolute; inset-inline-start: -999rem; }
.skip:focus { inset-inline-start: 1rem; top: 1rem; background: var(--placard-color-surface); padding: 0.5rem; z-index: 1; }
header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; padding: 0.75rem 1.25rem; background: var(--placard-color-surface); border-block-end: 1px solid var(--placard-color-border); }
header .brand { font-weight: 700; margin: 0; }
header nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0; padding: 0; }
header nav a[aria-current='page'] { font-weight: 700; color: var(--placard-color-text); }
header form { margin-inline-start: auto; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
main:focus { outline: none; }
h1 { font-size: 1.75rem; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; }
section, .panel { background: var(--placard-color-surface); border: 1px solid var(--placard-color-border); border-radius: var(--placard-radius); padding: 0.5rem 1.25rem 1.25rem; margin: 1rem 0; }
.field { margin: 0 0 1rem; }
label, legend { display: block; font-weight: 600; margin-block-end: 0.25rem; }
.hint { color: var(--placard-color-muted); margin: 0 0 0.25rem; font-size: 0.95rem; }
.field-error { color: var(--placard-color-error); font-weight: 600; margin: 0 0 0.25rem; }
input[type='text'], input[type='email'], input[type='password'], input[type='number'], input[type='date'], input[type='url'], select, textarea {
  font: inherit; color: inherit; background: var(--placard-color-surface); width: 100%; max-width: 40rem; padding: 0.45rem 0.6rem;
  border: 2px solid var(--placard-color-border); border-radius: calc(var(--placard-radius) / 2);
}
textarea { min-height: 8rem; }
[aria-invalid='true'] { border-color: var(--placard-color-error); }
fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
.choice { display: flex; gap: 0.5rem; align-items: center; font-weight: 400; }
button, .button { font: inherit; font-weight: 600; cursor: pointer; padding: 0.5rem 1rem; border-radius: calc(var(--placard-radius) / 2);
  border: 2px solid var(--placard-color-accent); background: var(--placard-color-accent); color: var(--placard-color-accent-text); text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: transparent; color: var(--placard-color-text); border-color: var(--placard-color-border); }
button.danger { background: transparent; color: var(--placard-color-error); border-color: var(--placard-color-error); }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.inline { display: inline; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: start; padding: 0.4rem 0.6rem; border-block-end: 1px solid var(--placard-color-border); vertical-align: top; }
td.number, th.number { text-align: end; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
.error-summary { border: 3px solid var(--placard-color-error); padding: 0.5rem 1rem; margin-block-end: 1.5rem; background: var(--placard-color-surface); }
.error-summary h2 { margin-top: 0.5rem; }
.notice { border-inline-start: 6px solid var(--placard-color-success); padding: 0.5rem 1rem; background: var(--placard-color-surface); margin-block-end: 1rem; }
.secret { font-family: ui-monospace, monospace; font-size: 1.05rem; word-break: break-all; background: var(--placard-color-subtle); padding: 0.5rem; }
pre { overflow: auto; background: var(--placard-color-subtle); padding: 0.75rem; }
.status-ok { color: var(--placard-color-success); font-weight: 700; }
.status-warn { color: var(--placard-color-text); font-weight: 700; }
.status-fail { color: var(--placard-color-error); font-weight: 700; }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); }
.preview { background: var(--placard-color-subtle); padding: 1rem; border-radius: var(--placard-radius); }
svg { max-width: 100%; height: auto; }
.chart text { fill: var(--placard-color-text); font-size: 12px; }
.legend-signatures { color: #a4161a; }
.legend-letters { color: #1a56b8; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
