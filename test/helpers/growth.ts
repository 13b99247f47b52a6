// How a function's cost grows with its input: the ratio of the best of several timings at two sizes. Timing is left
// to the bench:* scripts; a test may only assert that ten times the input does not cost a hundred times the time.
//
// On a busy machine a single timing can be preempted, and a long run is preempted more often than a short one, which
// inflates the ratio. So the two sizes are timed in turns (both see the same load), the best of each is kept, and the
// whole measurement is tried again a few times, keeping the lowest ratio: noise only ever raises a ratio, while a
// quadratic cost raises every attempt, so the minimum still tells linear from quadratic.

const timerFloorMs = 0.05;
const settledRatio = 15;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export function growthRatio(
  run: (size: number) => void,
  small: number,
  large: number,
  repeats = 5,
  attempts = 4,
): number {
  run(small);
  run(large);
  let lowest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < attempts; attempt++) {
    let bestSmall = Number.POSITIVE_INFINITY;
    let bestLarge = Number.POSITIVE_INFINITY;
    for (let i = 0; i < repeats; i++) {
      bestSmall = Math.min(
        bestSmall,
        timed(() => run(small)),
      );
      bestLarge = Math.min(
        bestLarge,
        timed(() => run(large)),
      );
    }
    // Below timer resolution both sizes look alike; a floor keeps the ratio meaningful.
    lowest = Math.min(lowest, Math.max(bestLarge, timerFloorMs) / Math.max(bestSmall, timerFloorMs));
    if (lowest < settledRatio) break;
  }
  return lowest;
}
