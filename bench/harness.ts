/**
 * The bench pages' side of `npm run bench` (scripts/bench.mjs). A bench page runs one scenario
 * against the production build and publishes its numbers with `publish()`; the script runs each
 * page several times in headless Chromium, takes medians and fails when one is over budget.
 */

export interface BenchResult {
  /** metric name → value (milliseconds unless the name says otherwise) */
  metrics: Record<string, number>;
  /** metric name → largest acceptable median */
  budgets: Record<string, number>;
}

/** Collects long tasks (> 50 ms, as the browser defines them) until `stop()`. */
export function watchLongTasks(): {stop(): number[]} {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({type: 'longtask', buffered: false});
  return {
    stop() {
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return durations;
    },
  };
}

/** Resolves after the next frame has been painted. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Milliseconds an async step takes, until the frame after it is painted. */
export async function time(step: () => unknown): Promise<number> {
  const t0 = performance.now();
  await step();
  await nextPaint();
  return performance.now() - t0;
}

export function publish(result: BenchResult): void {
  (window as unknown as {__bench: BenchResult}).__bench = result;
}

export function fail(error: unknown): void {
  (window as unknown as {__benchError: string}).__benchError = String((error as Error)?.stack ?? error);
}
