// Prints "PASSED FAILED" for a Vitest JSON report (node scripts/vitest-counts.mjs report.json), or
// "0 1" when there is none. A file that failed to load fails no test: it counts as one failure.
import { readFileSync } from 'node:fs';

export function vitestCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const failed = report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
    return [report.numPassedTests, failed];
  } catch {
    return [0, 1];
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(vitestCounts(process.argv[2]).join(' '));
