/**
 * Golden report over sources/: any change in what factdiff reads or reports on the seed
 * corpus shows up as a diff here. After an intended change: UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { check } from '../src/index.js';
import { formatJson } from '../src/report/format-json.js';
import { validateReport } from '../src/report/validate-report.js';
import { projectRules } from './support/sources.js';

const GOLDEN = 'test/golden/seeds.report.json';
const run = () => check({ paths: ['sources'], rules: projectRules, tool: { name: 'factdiff', version: 'golden' }, generatedAt: '2026-01-01T00:00:00.000Z' });

it('matches the golden report for the seed corpus', async () => {
  const report = await run();
  expect(validateReport(report)).toEqual([]);
  const json = formatJson(report);
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, json);
  expect(json).toBe(readFileSync(GOLDEN, 'utf8'));
});

it('is deterministic: the same input gives the same bytes', async () => {
  expect(formatJson(await run())).toBe(formatJson(await run()));
});
