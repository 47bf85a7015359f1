/**
 * The HTML report's only stylesheet, inlined so the file stands alone: a grid that wraps the claims
 * into one column on a phone, long words broken anywhere so nothing scrolls sideways, a visible
 * focus ring, light and dark schemes, and a print layout without controls and with every block open.
 */
export const STYLES = `
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5f6368; --bg: #fff; --card: #f6f7f9; --line: #d9dce1;
  --error: #c62828; --warning: #a35c00; --info: #1565c0; --mark: #ffe08a; --del: #ffd2d2; --ins: #cdeccd; --focus: #7b3fe4; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8ea; --muted: #a3a7ad; --bg: #141517; --card: #1e2023;
  --line: #3a3d42; --error: #ef6b6b; --warning: #f0b24f; --info: #6fb1f2; --focus: #c7a6ff; } }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 82rem; padding: 1rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
h1 { margin: .2rem 0; font-size: 1.5rem; } h2 { margin-top: 2rem; font-size: 1.25rem; } h3 { margin: 1.4rem 0 .4rem; font-size: 1.1rem; }
h4 { margin: .8rem 0 .2rem; font-size: 1rem; }
code { font-size: .9em; }
a { color: var(--info); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: .2rem; }
.skip { position: absolute; left: -100vw; } .skip:focus { position: static; }
.muted, .meta { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; margin: .6rem 0; }
.counts dl { display: flex; flex-wrap: wrap; gap: .2rem .8rem; margin: 0; }
.counts dt { font-weight: 600; } .counts dd { margin: 0 .4rem 0 0; }
.glance, .stories { padding-left: 1.4rem; } .glance > li, .stories > li { margin: .25rem 0; }
.glance ul { margin: 0; padding-left: 1rem; color: var(--muted); }
#filters, .toolbar { display: flex; flex-wrap: wrap; gap: .6rem; align-items: flex-end; margin: .6rem 0; }
#filters fieldset { border: 1px solid var(--line); border-radius: .4rem; padding: .2rem .8rem; margin: 0; }
#filters fieldset label { margin-right: .8rem; white-space: nowrap; display: inline-block; }
.field { display: flex; flex-direction: column; gap: .15rem; min-width: 0; }
.field.actions { flex-direction: row; align-items: center; gap: .5rem; flex-wrap: wrap; }
.field label { font-weight: 600; font-size: .9rem; }
input[type=search], select { font: inherit; max-width: 100%; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: .3rem;
  background: var(--bg); color: var(--fg); }
input[type=search] { width: 18rem; }
button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--line); border-radius: .3rem; background: var(--card); color: var(--fg); cursor: pointer; }
button:disabled { opacity: .5; cursor: default; }
input[type=checkbox] { width: 1.05rem; height: 1.05rem; vertical-align: -.15rem; }
#filter-count { font-weight: 600; }
.badge { display: inline-block; padding: 0 .5rem; border: 1px solid currentColor; border-radius: 1rem; font-size: .8rem; font-weight: 600; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.status-new { color: var(--error); } .status-known, .status-absent { color: var(--muted); }
.kind { color: var(--fg); background: var(--card); }
.odd { color: var(--warning); }
.finding { margin: .8rem 0; padding: .8rem 1rem; background: var(--card); border: 1px solid var(--line);
  border-left: 5px solid var(--info); border-radius: .4rem; }
.finding[data-severity="error"] { border-left-color: var(--error); }
.finding[data-severity="warning"] { border-left-color: var(--warning); }
.finding-head { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; }
.message { font-weight: 600; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; padding: 0; margin: .4rem 0; list-style: none; }
.chip { padding: 0 .55rem; border-radius: 1rem; background: var(--line); font-size: .8rem; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: .8rem; margin-top: .6rem; }
.claim { min-width: 0; padding: .6rem .8rem; background: var(--bg); border: 1px solid var(--line); border-radius: .4rem; }
.claim p { margin: .15rem 0; }
.display { font-size: 1.1rem; font-weight: 700; }
.sentence { margin: .5rem 0 0; padding-left: .7rem; border-left: 3px solid var(--line); }
mark { background: var(--mark); color: #000; padding: 0 .1em; }
del { background: var(--del); color: #000; }
ins { background: var(--ins); color: #000; text-decoration: none; }
.diff { margin-top: .6rem; }
.timeline { margin: .6rem 0 0; max-width: 40rem; }
.timeline svg { display: block; width: 100%; height: auto; font-size: 12px; }
.timeline text { fill: var(--fg); } .timeline .tl-date { fill: var(--muted); font-size: 11px; }
.tl-axis { stroke: var(--muted); stroke-width: 2; }
.tl-value circle, .tl-value rect { fill: var(--info); } .tl-event circle, .tl-event rect { fill: var(--warning); }
#source-list { padding-left: 0; list-style: none; }
.source { border-bottom: 1px solid var(--line); padding: .3rem 0; }
.source summary { cursor: pointer; padding: .2rem 0; }
.source-title { font-weight: 600; }
.source-meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem .8rem; margin: .4rem 0 .4rem 1rem; }
.source-meta dt { font-weight: 600; } .source-meta dd { margin: 0; } .source-meta ul { margin: 0; padding-left: 1rem; }
ol.facts { margin: 0 0 .4rem 1rem; padding-left: 0; list-style: none; font-size: .92rem; }
@media (max-width: 40rem) {
  body { padding: .6rem; }
  input[type=search] { width: 100%; } .field { flex: 1 1 100%; }
  .source-meta { grid-template-columns: minmax(0, 1fr); margin-left: 0; } .source-meta dd { margin-bottom: .3rem; }
  ol.facts { margin-left: 0; }
}
@media print {
  #filters, #filter-count, .toolbar, .skip { display: none !important; }
  .finding[hidden], .subject[hidden] { display: block !important; }
  details::details-content { content-visibility: visible; display: contents; }
  summary { list-style: none; }
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
  .finding, .claim, .source { break-inside: avoid; }
  .finding, .claim { background: #fff; }
  mark, del, ins, .timeline { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; }
}
`;
