/**
 * SARIF 2.1.0 for code-scanning tools (GitHub's upload-sarif): one rule per rule id that found
 * something, one result per finding at its latest claim, the other claims as related locations, the
 * fingerprint as a partial fingerprint, and `baselineState` when the run compared with a baseline.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { DiscrepancyClaim, Report, Severity } from '../types.js';
import { findingPlace, indexSources, sourcePath } from './finding-place.js';
import { compareText } from './vocabulary.js';

/** What the caller knows about a rule beyond its id: its description and its check type's help text. */
export interface SarifRuleInfo {
  id: string;
  description?: string;
  /** Plain text from the check type's page in docs/rules/. */
  help?: string;
}

export interface SarifOptions {
  rules?: readonly SarifRuleInfo[];
  /** Where users read more about the tool. */
  informationUri?: string;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF name of a partial fingerprint holding factdiff's finding id. */
export const FINGERPRINT_KEY = 'factdiffFinding/v1';

/** A source path as a SARIF artifact URI: relative paths stay relative (to the repository root), with `/`. */
export function artifactUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return encodeURI(path.split('\\').join('/'));
}

function location(path: string, claim: Pick<DiscrepancyClaim, 'line' | 'column' | 'text'>): Sarif.PhysicalLocation {
  return {
    artifactLocation: { uri: artifactUri(path) },
    region: { startLine: claim.line, startColumn: claim.column, snippet: { text: claim.text } },
  };
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
}

function ruleDescriptor(id: string, info: SarifRuleInfo | undefined): Sarif.ReportingDescriptor {
  const description = info?.description?.replace(/\s+/g, ' ').trim();
  return {
    id,
    name: id,
    ...(description ? { shortDescription: { text: firstSentence(description) }, fullDescription: { text: description } } : {}),
    ...(info?.help || description ? { help: { text: info?.help ?? description ?? id } } : {}),
  };
}

/** The SARIF log for a report, as 2-space JSON with a trailing newline. Deterministic for one report. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const sources = indexSources(report.sources);
  const infos = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const ruleIds = [...new Set(report.discrepancies.map((d) => d.rule))].sort(compareText);
  const results: Sarif.Result[] = report.discrepancies.map((finding) => {
    const { place, others } = findingPlace(finding);
    const review = finding.review ? ` Reviewed: ${finding.review.decision}${finding.review.source ? ` (${finding.review.source})` : ''} by ${finding.review.by}: ${finding.review.note}` : '';
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIds.indexOf(finding.rule),
      level: LEVEL[finding.severity],
      message: { text: `${finding.message}${review}` },
      locations: [{ physicalLocation: location(sourcePath(place.source, sources), place) }],
      relatedLocations: others.map((claim, i) => ({
        id: i + 1,
        message: { text: `"${claim.display}" in ${sourcePath(claim.source, sources)}` },
        physicalLocation: location(sourcePath(claim.source, sources), claim),
      })),
      partialFingerprints: { [FINGERPRINT_KEY]: finding.id },
      ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
      properties: {
        kind: finding.kind,
        scope: finding.scope,
        confidence: finding.confidence,
        ...(finding.oddOneOut ? { oddOneOut: finding.oddOneOut } : {}),
        ...(finding.review ? { review: finding.review } : {}),
      },
    };
  });
  const notifications: Sarif.Notification[] = report.sources.flatMap((source) =>
    source.diagnostics.map((d) => ({
      level: LEVEL[d.severity],
      message: { text: d.message },
      descriptor: { id: d.code },
      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(source.path) }, ...(d.line ? { region: { startLine: d.line, ...(d.column ? { startColumn: d.column } : {}) } } : {}) } }],
    })),
  );
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: ruleIds.map((id) => ruleDescriptor(id, infos.get(id))),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
