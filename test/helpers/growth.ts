// How a function's cost grows with its input: the ratio of the best of several timings at two sizes. Timing is left
// to the bench:* scripts; a test may only assert that ten times the input does not cost a hundred times the time.

export function growthRatio(run: (size: number) => void, small: number, large: number, repeats = 5): number {
  const best = (size: number) => {
    let fastest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < repeats; i++) {
      const started = performance.now();
      run(size);
      fastest = Math.min(fastest, performance.now() - started);
    }
    // Below timer resolution both sizes look alike; a floor keeps the ratio meaningful.
    return Math.max(fastest, 0.05);
  };
  run(small);
  return best(large) / best(small);
}
