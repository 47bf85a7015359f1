/**
 * A topic factdiff has never seen, handled by data only: NATO admitting Finland (31st member,
 * 2023-04-04) and Sweden (32nd, 2024-03-07), in four sources of four formats a year apart, plus
 * the domain pack rules/domain/north-atlantic.yaml (aliases only). Assertions quote the
 * fixture's own sentences. `it.fails` marks an assertion that is right but fails because of a
 * bug in src/ (see the comment on each); remove the marker when the bug is fixed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, loadRules, type Report } from '../src/index.js';
import type { Discrepancy } from '../src/types.js';

const DIR = 'test/fixtures/alliance';
const TXT = `${DIR}/2023-04-04-finland-joins.txt`;
const MD = `${DIR}/2023-07-10-vilnius-preview.md`;
const JSON_SRC = `${DIR}/2024-07-09-washington-summit.json`;
const HTML = `${DIR}/2024-07-12-summit-ends.html`;

// The fixture's sentences that the assertions are about.
const MD_31 = "VILNIUS -- Leaders of NATO's 31 members meet in the Lithuanian capital on Tuesday and Wednesday";
const JSON_32 = "Leaders of the alliance's 32 members open a three-day summit in Washington on Tuesday";
const JSON_32_STATES = 'It has 32 member states today, stretching from Finland to Turkey';
const HTML_32 = 'NATO, which now has 32 members, ended its 75th anniversary summit in Washington on Thursday';
const SWEDEN_JOINED = 'Sweden became the 32nd member of NATO in March';
const QUOTE_JSON = "Sweden will now take its rightful place at NATO's table, with an equal say in shaping NATO policies and decisions";
const QUOTE_HTML = 'Sweden now takes its rightful place at the NATO table, with an equal voice in shaping the policies and decisions of NATO';
const QUOTE_TXT = 'Finland will be safer and NATO will be stronger with Finland as our ally';
const JETS = 'Poland, which has ordered 32 F-35 fighter jets from the United States';
const ITALY_JSON = 'Italy will spend nearly 1.5 percent of its GDP on defence this year';
const ITALY_HTML = 'Italy will spend almost 1.5 percent of its GDP on defence this year, well short of the 2 percent target.';

async function run(paths: string[], rulesDir: string): Promise<Report> {
  return check({ paths, rules: loadRules([rulesDir]), tool: { name: 'factdiff', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
}

const findings = (report: Report, kind: Discrepancy['kind'], property: string): Discrepancy[] =>
  report.discrepancies.filter((d) => d.kind === kind && d.property === property);

const memberCounts = (report: Report) =>
  report.claims.filter((c) => c.property === 'member-states').map((c) => ({ source: c.source, key: c.subject.key, n: c.value.type === 'count' ? c.value.n : undefined, text: c.evidence.text }));

describe('alliance fixture with the north-atlantic domain pack', () => {
  let report: Report;
  beforeAll(async () => {
    report = await run([DIR], 'rules');
  });

  it('dates every source and says how each date was known', () => {
    expect(report.sources.map((s) => [s.path, s.format, s.published, s.publishedFrom])).toEqual([
      [TXT, 'txt', '2023-04-04', 'dateline+header'], // "2023-04-04 15:20" + "BRUSSELS, April 4 (Reuters) --"
      [MD, 'md', '2023-07-10', 'metadata'],
      [JSON_SRC, 'json', '2024-07-09', 'metadata'], // "2024-07-09T08:00:00Z" cut to its date
      [HTML, 'html', '2024-07-12', 'metadata'], // article:published_time 2024-07-12T06:30:00+02:00
    ]);
    for (const s of report.sources) expect(s.diagnostics).toEqual([]);
  });

  it('keys every member count to NATO, from "NATO", "the alliance" and the spelled-out name alike', () => {
    const counts = memberCounts(report);
    expect(counts.every((c) => c.key === memberCounts(report)[0]!.key)).toBe(true);
    // "Finland joins NATO as 31st member", "Finland became the 31st member … on April 4": from that
    // day NATO had 31 members (rule option ordinalCount of generic.membership-event).
    expect(counts.map((c) => [c.source, c.n, c.text.slice(0, 40)])).toEqual([
      [TXT, 31, 'Finland joins NATO as 31st member, doubl'],
      [TXT, 31, 'BRUSSELS, April 4 (Reuters) -- Finland b'],
      [MD, 31, MD_31.slice(0, 40)],
      [MD, 31, 'Finland became the 31st member of the al'],
      [JSON_SRC, 32, `WASHINGTON -- ${JSON_32}`.slice(0, 40)],
      [JSON_SRC, 32, JSON_32_STATES.slice(0, 40)],
      [HTML, 32, HTML_32.slice(0, 40)],
    ]);
  });

  it('reads "Sweden became the 32nd member of NATO in March" as an accession in March 2024', () => {
    const sweden = report.claims.find((c) => c.property === 'member-joined' && c.evidence.text.startsWith(SWEDEN_JOINED));
    expect(sweden?.value).toEqual({ type: 'member', text: 'Sweden', ordinal: 32 });
    expect(sweden?.time.span).toEqual({ start: '2024-03-01', end: '2024-03-31', precision: 'month' });
  });

  // BUG (src/extract/claim-time.ts + normalize/time): in JSON_32 + "… to mark the 75th anniversary of
  // the North Atlantic Treaty Organization (NATO), which was founded in the U.S. capital in 1949." the
  // count "32 members" is dated 1949 (basis written): "on Tuesday" is not a time expression at all, so the
  // nearest expression, "in 1949" in a relative clause about the founding, wins. Expected: publication
  // date 2024-07-09. Result: "32 (as of 1949) → 31 (as of 2023-07-10)", unexplained, warning. Without
  // ", which was founded … in 1949" the expected finding below appears (checked by hand).
  it('finds 31 (from 2023-04-04, when Finland joined, and on 2023-07-10) → 32 (2024-07-09 or later), explained by Sweden joining, info', () => {
    const [change, ...rest] = findings(report, 'temporal-change', 'member-states');
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ kind: 'temporal-change', scope: 'cross-source', severity: 'info', subject: 'NATO' });
    const sides = change!.claims.map((c) => ({ n: c.value.type === 'count' ? c.value.n : undefined, start: c.time?.span?.start }));
    // 31 from the day Finland joined (4 April 2023), and still on 10 July.
    expect([...new Set(sides.filter((s) => s.n === 31).map((s) => s.start))].sort()).toEqual(['2023-04-04', '2023-07-10']);
    for (const side of sides.filter((s) => s.n === 32)) expect(side.start! >= '2024-07-09').toBe(true);
    expect(change!.explanation).toMatch(/Sweden/);
    expect(change!.message.indexOf('31')).toBeLessThan(change!.message.indexOf('32'));
  });

  it('reports no conflict between the member counts (31 and 32 are never given for the same day)', () => {
    expect(findings(report, 'conflict', 'member-states')).toEqual([]);
  });

  it("finds the two renderings of Stoltenberg's quote as one quote-variant with a word diff", () => {
    const variants = findings(report, 'quote-variant', 'quote');
    expect(variants).toHaveLength(1);
    const v = variants[0]!;
    expect(v.subject).toMatch(/Jens Stoltenberg/);
    expect(v.severity).toBe('warning'); // words differ, not just punctuation
    expect(v.claims.map((c) => [c.source, c.value.type === 'quote' ? c.value.text : undefined])).toEqual([
      [JSON_SRC, QUOTE_JSON],
      [HTML, QUOTE_HTML],
    ]);
    expect(v.diff).toContainEqual(['-', 'say']);
    expect(v.diff).toContainEqual(['+', 'voice']);
  });

  // BUG (src/compare/checks/word-diff.ts): docs/report-format.md says the `=`/`-` texts concatenate to
  // the first value "whitespace included". With jsdiff's diffWords the tail is ["=", " policies and
  // decisions "], ["+", "of NATO"], so the first value comes back as QUOTE_JSON + " " (trailing space).
  // diffWordsWithSpace rebuilds both sides exactly for this pair (checked by hand).
  it('gives a quote diff that rebuilds both renderings exactly', () => {
    const diff = findings(report, 'quote-variant', 'quote')[0]!.diff!;
    expect(diff.filter(([op]) => op !== '+').map(([, t]) => t).join('')).toBe(QUOTE_JSON);
    expect(diff.filter(([op]) => op !== '-').map(([, t]) => t).join('')).toBe(QUOTE_HTML);
  });

  // BUG (src/extract/speaker.ts resolvePhrase): in the txt, `"${QUOTE_TXT}," NATO Secretary-General Jens
  // Stoltenberg told reporters before the ceremony.` is attributed to "Pekka Haavisto" (named in the
  // paragraph before). The attribution phrase contains a role word, so the role branch runs, finds no
  // earlier person with those descriptors and falls back to the most-mentioned person, ignoring the
  // name written in the phrase. Expected speaker: Jens Stoltenberg.
  it('attributes the Finland quote to Stoltenberg, who is named right after it', () => {
    const quote = report.claims.find((c) => c.value.type === 'quote' && c.value.text === QUOTE_TXT);
    expect(quote?.value).toMatchObject({ speaker: expect.stringMatching(/Jens Stoltenberg$/) });
  });

  // BUG (dateline vs membership-event pattern): "BRUSSELS, April 4 (Reuters) -- Finland became the 31st
  // member of the North Atlantic Treaty Organization (NATO) on Tuesday" gives member "Reuters Finland":
  // "#ProperNoun+" runs across the dateline's "(Reuters) --". Expected member text: "Finland".
  it('reads Finland, not "Reuters Finland", as the 31st member in the wire story', () => {
    // The headline ("Finland joins NATO as 31st member") and the wire's first sentence.
    const finland = report.claims.filter((c) => c.source === TXT && c.value.type === 'member' && c.value.ordinal === 31);
    expect(finland.map((c) => c.value)).toEqual([
      { type: 'member', text: 'Finland', ordinal: 31 },
      { type: 'member', text: 'Finland', ordinal: 31 },
    ]);
  });

  it('trap: says nothing about "32 F-35 fighter jets" (same number, different thing)', () => {
    expect(report.discrepancies.filter((d) => d.claims.some((c) => c.text.includes('fighter jets')))).toEqual([]);
    expect(memberCounts(report).filter((c) => c.text.startsWith(JETS))).toEqual([]);
  });

  it('trap: "nearly 1.5 percent" and "almost 1.5 percent" of GDP in 2024 are one value, not a disagreement', () => {
    const italy = report.claims.filter((c) => c.evidence.text.startsWith(ITALY_JSON) || c.evidence.text === ITALY_HTML);
    const approx = italy.filter((c) => c.value.type === 'quantity' && c.value.amount === 1.5);
    expect(approx.map((c) => c.display)).toEqual(['nearly 1.5 percent', 'almost 1.5 percent']);
    for (const d of report.discrepancies) {
      const sides = d.claims.filter((c) => approx.some((a) => a.id === c.claimId));
      if (sides.length === 2) expect(sides[0]!.value).toEqual(sides[1]!.value); // never on opposite sides
    }
  });

  // BUG (src/extract/extractors/quantity.ts keying): in ITALY_HTML the two quantities "almost 1.5 percent"
  // (Italy's spending) and "2 percent" (the target) get the same key, `qty:NATO:percent:spend:` (the
  // sentence's verb, not the noun each number belongs to), and so does the json's "nearly 1.5 percent";
  // result: conflict/error "nearly 1.5 percent … vs 2 percent … (all as of 2024)". Expected: no finding.
  it('trap: reports nothing about defence spending (every figure in the drop is consistent)', () => {
    const spending = report.discrepancies.filter((d) => d.claims.some((c) => /percent of (its )?(GDP|gross domestic product)/.test(c.text)));
    expect(spending).toEqual([]);
  });

  it('extracts nothing from the html page furniture (nav, cookie banner, scripts, footer)', () => {
    const html = report.claims.filter((c) => c.source === HTML);
    expect(html.some((c) => /Live: 32 updates|analytics|cookies|Copyright/.test(c.evidence.text))).toBe(false);
  });
});

describe('alliance fixture without the domain pack (generic rules only)', () => {
  let rulesDir: string;
  let report: Report;
  beforeAll(async () => {
    rulesDir = mkdtempSync(join(tmpdir(), 'factdiff-nopack-'));
    cpSync('rules', rulesDir, { recursive: true, filter: (src) => !src.endsWith('north-atlantic.yaml') });
    report = await run([DIR], rulesDir);
  });
  afterAll(() => rmSync(rulesDir, { recursive: true, force: true }));

  it('still keys counts to NATO in a source that spells out "North Atlantic Treaty Organization (NATO)" itself', () => {
    expect(memberCounts(report).filter((c) => c.source === JSON_SRC).map((c) => [c.key, c.n])).toEqual([
      ['org:NATO', 32],
      ['org:NATO', 32],
    ]);
  });

  it('keys counts to NATO in sources that only say "NATO": a name one article defines holds for the whole drop', () => {
    const sources = new Set(memberCounts(report).filter((c) => c.key === 'org:NATO').map((c) => c.source));
    expect(sources.has(MD)).toBe(true); // "Leaders of NATO's 31 members meet …"
    expect(sources.has(HTML)).toBe(true); // "NATO, which now has 32 members, …"
  });

  it('so the 31 → 32 change is found without the pack too', () => {
    const [change] = findings(report, 'temporal-change', 'member-states');
    expect(change?.subject).toBe('NATO');
    expect(new Set(change?.claims.map((c) => (c.value.type === 'count' ? c.value.n : 0)))).toEqual(new Set([31, 32]));
  });

  it('finds a 31/32 change without the pack once the Vilnius article itself spells the name out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-spelled-'));
    try {
      cpSync(DIR, dir, { recursive: true });
      const md = join(dir, '2023-07-10-vilnius-preview.md');
      const spelled = readFileSync(md, 'utf8').replace("Leaders of NATO's 31 members", 'Leaders of the 31 members of the North Atlantic Treaty Organization (NATO)');
      writeFileSync(md, spelled);
      const variant = await run([dir], rulesDir);
      const [change] = findings(variant, 'temporal-change', 'member-states');
      expect(change?.subject).toBe('NATO');
      expect(new Set(change?.claims.map((c) => (c.value.type === 'count' ? c.value.n : 0)))).toEqual(new Set([31, 32]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
