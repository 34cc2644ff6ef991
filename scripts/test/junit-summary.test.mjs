import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countTestCases, formatSummary } from '../junit-summary.mjs';

describe('JUnit summary', () => {
  it('counts passed, failed and skipped test cases', () => {
    const xml = `<testsuites><testsuite name="a">
      <testcase name="ok" time="0.1"/>
      <testcase name="ok too" time="0.1"></testcase>
      <testcase name="bad" time="0.1"><failure message="boom">trace</failure></testcase>
      <testcase name="crashed"><error message="x"/></testcase>
      <testcase name="later"><skipped/></testcase>
    </testsuite></testsuites>`;
    assert.deepEqual(countTestCases(xml), { passed: 2, failed: 2, skipped: 1 });
  });

  it('prints the closing line CI reads', () => {
    assert.equal(formatSummary({ passed: 3, failed: 0, skipped: 0 }), '3 passed, 0 failed');
    assert.equal(formatSummary({ passed: 3, failed: 1, skipped: 2 }), '3 passed, 1 failed, 2 skipped');
  });
});
