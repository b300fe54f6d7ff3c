// Ends the run with one plain line ("N passed, N failed, N skipped") that CI can read.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

export default class SummaryReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 }

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped')
      this.counts.skipped++
    else if (result.status === 'passed' || test.outcome() === 'flaky')
      this.counts.passed++
    else if (result.retry === test.retries)
      this.counts.failed++
  }

  onEnd(_result: FullResult) {
    const { passed, failed, skipped } = this.counts
    console.log(`\nplaywright: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  }

  printsToStdio() {
    return true
  }
}
