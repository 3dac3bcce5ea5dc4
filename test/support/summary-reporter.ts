import type { Reporter, TestModule } from 'vitest/node';

/**
 * Closes a run with one plain `N passed, N failed` line (plus skipped), which CI reads as the
 * count. A module that failed with no failed test (it did not load, or its set-up threw and
 * its tests were skipped) counts as one failure, so a broken file is never silent.
 */
export default class SummaryReporter implements Reporter {
  private startedAt = performance.now();

  onTestRunStart() {
    this.startedAt = performance.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;

    for (const testModule of testModules) {
      let failedInModule = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedInModule += 1;
        else skipped += 1;
      }
      if (testModule.state() === 'failed' && failedInModule === 0) failedInModule = 1;
      failed += failedInModule;
    }

    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    // The wall time is watched against a budget of two minutes for `npm test` on 2 cores.
    const seconds = ((performance.now() - this.startedAt) / 1000).toFixed(1);
    process.stdout.write(`\ntest files ran in ${seconds} s (wall time)`);
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
