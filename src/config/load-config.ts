/**
 * `factdiff.config.json`: found in the working folder or named with `--config`, validated against
 * `config.schema.json` (a bad file stops the run with file:line:col, the field and what was expected).
 * Paths in it are relative to its own folder and come back relative to the working folder.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Severity } from '../types.js';
import { compileSchema, readCheckedFile, type CheckedFile } from './read-checked-file.js';
import schema from './config.schema.json' with { type: 'json' };

/** The name `factdiff` looks for in the working folder. */
export const CONFIG_FILE = 'factdiff.config.json';

/** The JSON Schema of the config, for `init` and for editors. */
export const configSchema = schema;

export type SeverityOverride = Severity | Partial<Record<'conflict' | 'temporal-change' | 'explained' | 'name-variant' | 'quote-variant' | 'unresolved', Severity>>;

export interface Config {
  /** The config file itself, as found. */
  file: string;
  sources?: string[];
  rules?: string[];
  severity?: Record<string, SeverityOverride>;
  failOn?: Severity | 'never';
  reports?: { json?: string; html?: string; sarif?: string; markdown?: string };
  baseline?: string;
  review?: string;
  facts?: string;
  /** Where each field is in the file, for errors found after validation (an unknown rule id). */
  placeOf: CheckedFile['placeOf'];
}

const validate = compileSchema(schema);

/** The config named with `--config`, else `factdiff.config.json` in `cwd` when there is one. */
export function findConfig(cwd: string, explicit?: string): Config | undefined {
  if (explicit !== undefined) return loadConfig(explicit);
  const found = join(cwd, CONFIG_FILE);
  return existsSync(found) ? loadConfig(cwd === '.' ? CONFIG_FILE : found) : undefined;
}

/** Reads and validates one config file; relative paths in it are resolved against its folder. */
export function loadConfig(file: string): Config {
  const checked = readCheckedFile(file, validate);
  const data = checked.data as Omit<Config, 'file' | 'placeOf'> & { $schema?: string };
  const base = dirname(file);
  const at = (path: string) => (isAbsolute(path) || base === '.' ? path : join(base, path));
  const reports = data.reports && Object.fromEntries(Object.entries(data.reports).map(([kind, path]) => [kind, at(path)]));
  return {
    file,
    ...(data.sources ? { sources: data.sources.map(at) } : {}),
    ...(data.rules ? { rules: data.rules.map(at) } : {}),
    ...(data.severity ? { severity: data.severity } : {}),
    ...(data.failOn ? { failOn: data.failOn } : {}),
    ...(reports ? { reports } : {}),
    ...(data.baseline ? { baseline: at(data.baseline) } : {}),
    ...(data.review ? { review: at(data.review) } : {}),
    ...(data.facts ? { facts: at(data.facts) } : {}),
    placeOf: checked.placeOf,
  };
}
