/**
 * Loads every rule file under one or more folders: YAML or JSON, validated once, with the
 * rule id taken from the path. A bad file throws `RuleError` (the CLI exits 2 and says where).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { RuleError } from '../errors/index.js';
import { mergeLexicons } from './merge-lexicons.js';
import type { Rule, RuleSet } from './types.js';
import { validateRule } from './validate-rule.js';

const RULE_FILE = /\.(ya?ml|json)$/;

/** Reads the rule folders (sorted, deterministic) into a `RuleSet`. */
export function loadRules(dirs: string[]): RuleSet {
  const rules: Rule[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = listRuleFiles(dir);
    } catch (cause) {
      throw new RuleError(dir, 'is not a readable rules folder', undefined, { cause });
    }
    for (const file of files) rules.push(readRule(dir, file));
  }
  const seen = new Map<string, string>();
  for (const rule of rules) {
    const other = seen.get(rule.id);
    if (other) throw new RuleError(rule.path, `has the same rule id '${rule.id}' as ${other}`);
    seen.set(rule.id, rule.path);
  }
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const rule of rules) {
    if (rule.claimsFrom && !rules.some((r) => r.id === rule.claimsFrom && r.extract)) {
      throw new RuleError(rule.path, `/claimsFrom names '${rule.claimsFrom}', which is no rule with an extractor`);
    }
    const counted = rule.extract?.ordinalCount?.rule;
    if (counted && !rules.some((r) => r.id === counted && r.check)) {
      throw new RuleError(rule.path, `/extract/ordinalCount/rule names '${counted}', which is no rule with a check`);
    }
  }
  return { rules, lexicon: mergeLexicons(rules) };
}

/** `rules/generic/member-count.yaml` under `rules/` → `generic.member-count`. */
export function ruleIdFromPath(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('.').replace(RULE_FILE, '');
}

function readRule(dir: string, file: string): Rule {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new RuleError(file, `cannot be read: ${(cause as { code?: string }).code === 'EACCES' ? 'permission denied' : cause instanceof Error ? cause.message : String(cause)}`, undefined, { cause });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const { line, col } = lines.linePos(problem.pos[0]);
    throw new RuleError(file, `is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine(problem.message)}`, { line, column: col });
  }
  if (file.endsWith('.json')) checkJson(file, text, lines);
  const data = toData(file, doc);
  validateRule(file, data, doc, lines);
  const body = data as Omit<Rule, 'id' | 'path'> & { $schema?: string };
  const { $schema: _schema, ...rest } = body;
  return { id: ruleIdFromPath(dir, file), path: file, ...rest };
}

/** The document as plain data; YAML aliases that expand too far (a "billion laughs" file) are refused. */
function toData(file: string, doc: ReturnType<typeof parseDocument>): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new RuleError(file, `cannot be read as data: ${firstLine(cause instanceof Error ? cause.message : String(cause))}`, undefined, { cause });
  }
}

/** YAML accepts what JSON does not (trailing commas): a .json rule must be strict JSON. */
function checkJson(file: string, text: string, lines: LineCounter): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
    const { line, col } = lines.linePos(position);
    throw new RuleError(file, `is not valid JSON: ${firstLine(error instanceof Error ? error.message : String(error))}`, { line, column: col });
  }
}

function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listRuleFiles(path));
    else if (RULE_FILE.test(name) && !name.endsWith('.schema.json')) out.push(path);
  }
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
