/**
 * The HTML report's only stylesheet, inlined so the file stands alone: a grid that wraps the claims
 * into one column on a phone, light and dark schemes, and a print layout without the filters.
 */
export const STYLES = `
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5f6368; --bg: #fff; --card: #f6f7f9; --line: #d9dce1;
  --error: #c62828; --warning: #a35c00; --info: #1565c0; --mark: #ffe08a; --del: #ffd2d2; --ins: #cdeccd; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8ea; --muted: #a3a7ad; --bg: #141517; --card: #1e2023;
  --line: #3a3d42; --error: #ef6b6b; --warning: #f0b24f; --info: #6fb1f2; } }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 82rem; padding: 1rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: var(--bg); }
h1 { margin: .2rem 0; font-size: 1.5rem; } h2 { margin-top: 2rem; font-size: 1.25rem; } h3 { margin: 1.4rem 0 .4rem; font-size: 1.1rem; }
code { font-size: .9em; overflow-wrap: anywhere; }
.muted, .meta { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; margin: .6rem 0; }
.counts dl { display: flex; flex-wrap: wrap; gap: .2rem .8rem; margin: 0; }
.counts dt { font-weight: 600; } .counts dd { margin: 0 .4rem 0 0; }
#filters { display: flex; flex-wrap: wrap; gap: .6rem; }
#filters fieldset { border: 1px solid var(--line); border-radius: .4rem; padding: .2rem .8rem; }
#filters label { margin-right: .8rem; white-space: nowrap; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
td ul { margin: 0; padding-left: 1rem; }
.badge { display: inline-block; padding: 0 .5rem; border: 1px solid currentColor; border-radius: 1rem; font-size: .8rem; font-weight: 600; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.kind { color: var(--fg); background: var(--card); }
.odd { color: var(--warning); }
.finding { margin: .8rem 0; padding: .8rem 1rem; background: var(--card); border: 1px solid var(--line);
  border-left: 5px solid var(--info); border-radius: .4rem; }
.finding[data-severity="error"] { border-left-color: var(--error); }
.finding[data-severity="warning"] { border-left-color: var(--warning); }
.finding-head { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; }
.message { font-weight: 600; overflow-wrap: anywhere; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; padding: 0; margin: .4rem 0; list-style: none; }
.chip { padding: 0 .55rem; border-radius: 1rem; background: var(--line); font-size: .8rem; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: .8rem; margin-top: .6rem; }
.claim { min-width: 0; padding: .6rem .8rem; background: var(--bg); border: 1px solid var(--line); border-radius: .4rem; }
.claim p { margin: .15rem 0; }
.display { font-size: 1.1rem; font-weight: 700; overflow-wrap: anywhere; }
.sentence { margin: .5rem 0 0; padding-left: .7rem; border-left: 3px solid var(--line); overflow-wrap: anywhere; }
mark { background: var(--mark); color: #000; padding: 0 .1em; }
del { background: var(--del); color: #000; }
ins { background: var(--ins); color: #000; text-decoration: none; }
.diff { margin-top: .6rem; overflow-wrap: anywhere; }
@media print {
  #filters { display: none !important; }
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
  .finding, .claim, tr { break-inside: avoid; }
  .finding, .claim { background: #fff; }
  mark, del, ins { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; }
}
`;
