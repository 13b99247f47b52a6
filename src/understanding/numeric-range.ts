// Choices whose codes are number ranges (ageRange: under-18, 18-24 ... 65-plus) also take a number: "22", "I'm 40".

interface NumericRange {
  code: string;
  min: number;
  max: number;
}

function rangeOf(code: string): NumericRange | undefined {
  const under = /^under-(\d{1,3})$/.exec(code);
  if (under) return { code, min: 0, max: Number(under[1]) - 1 };
  const between = /^(\d{1,3})-(\d{1,3})$/.exec(code);
  if (between) return { code, min: Number(between[1]), max: Number(between[2]) };
  const plus = /^(\d{1,3})-plus$/.exec(code);
  if (plus) return { code, min: Number(plus[1]), max: Number.POSITIVE_INFINITY };
  return undefined;
}

/** The ranges when every code is one (at least two of them); otherwise undefined. */
export function numericRanges(codes: readonly string[]): NumericRange[] | undefined {
  const ranges = codes.map(rangeOf);
  if (ranges.length < 2 || ranges.some((range) => range === undefined)) return undefined;
  return ranges as NumericRange[];
}

/** Largest number taken as an age or amount; bigger ones (years, phone numbers) are ignored. */
const largestPlausible = 130;

/** The codes whose range holds a number said in the tokens, in order first seen. */
export function codesForNumbers(tokens: readonly string[], ranges: readonly NumericRange[]): string[] {
  const codes: string[] = [];
  for (const token of tokens) {
    if (!/^\d{1,3}$/.test(token)) continue;
    const value = Number(token);
    if (value > largestPlausible) continue;
    const range = ranges.find((candidate) => value >= candidate.min && value <= candidate.max);
    if (range && !codes.includes(range.code)) codes.push(range.code);
  }
  return codes;
}
