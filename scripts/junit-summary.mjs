// Totals JUnit XML reports (node:test, web-test-runner, …) into passed,
// failed and skipped test cases.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function countTestCases(xml) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const chunk of xml.split('<testcase').slice(1)) {
    const selfClosing = /^[^>]*\/>/.test(chunk);
    const body = selfClosing ? '' : chunk.slice(0, chunk.indexOf('</testcase>'));
    if (/<(failure|error)[\s>]/.test(body)) counts.failed++;
    else if (/<skipped[\s/>]/.test(body)) counts.skipped++;
    else counts.passed++;
  }
  return counts;
}

export function summariseDirectory(dir) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xml'))) {
    const counts = countTestCases(readFileSync(join(dir, file), 'utf8'));
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
