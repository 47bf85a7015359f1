// Reads one or more vitest JSON reporter files (the unit tests, the browser tests) and prints the
// one closing line CI reads, counting all of them together: "N passed, N failed" (", N skipped"
// when any were skipped). Exits 1 on any failure, on a file it cannot read, or when no test ran.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (files.length === 0) {
  console.error('test-summary: give the vitest JSON result files to count');
  failed += 1;
}
for (const file of files) {
  let results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`test-summary: cannot read vitest results from ${file}: ${error.message}`);
    failed += 1;
    continue;
  }
  passed += results.numPassedTests ?? 0;
  failed += (results.numFailedTests ?? 0) + (results.numFailedTestSuites ?? 0);
  skipped += (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
