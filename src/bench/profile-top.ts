// `tsx src/bench/profile-top.ts FILE.cpuprofile [N] [--by function|owner]`: the functions with the most self time in
// a `node --cpu-prof` profile, or (`--by owner`) the self time summed by who owns the code: each npm package, each
// folder of src/ and dialogs/, node's internals, the garbage collector (what docs/perf.md quotes before and after).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
type ProfileNode = z.infer<typeof profileSchema>['nodes'][number];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { by: { type: 'string', default: 'function' } },
});
const [file, count = '25'] = positionals;
if (!file || !['function', 'owner'].includes(values.by)) {
  throw new Error('usage: profile-top.ts FILE.cpuprofile [N] [--by function|owner]');
}
const profile = profileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const where = (url: string) => (url.startsWith('file://') ? relative(process.cwd(), fileURLToPath(url)) : url);

function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url ? `${where(url)}:${lineNumber + 1}` : ''}`.trim();
}

/** The owner of the first frame with code (a native call counts for the JavaScript that called it). */
function ownerKey(node: ProfileNode): string {
  for (let current: ProfileNode | undefined = node; current; ) {
    const { functionName, url } = current.callFrame;
    if (['(garbage collector)', '(idle)', '(program)'].includes(functionName)) return functionName;
    if (url) {
      const path = where(url);
      // Kysely's SQLite driver calls better-sqlite3 synchronously: its self time is the SQL and each commit's fsync.
      if (path.includes('kysely/dist/esm/dialect/sqlite/sqlite-driver')) return 'better-sqlite3 (SQL, fsync)';
      const dependency = path.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/);
      if (dependency) return dependency[1] ?? path;
      if (path.startsWith('node:')) return 'node internals';
      return path.split('/').slice(0, 2).join('/');
    }
    const parent = parentOf.get(current.id);
    current = parent === undefined ? undefined : nodeById.get(parent);
  }
  return '(native)';
}

const keyOf = values.by === 'owner' ? ownerKey : functionKey;
const selfMicros = new Map<string, number>();
let total = 0;
let idle = 0;
profile.samples.forEach((id, index) => {
  const node = nodeById.get(id);
  const delta = profile.timeDeltas[index] ?? 0;
  if (!node) return;
  const key = keyOf(node);
  selfMicros.set(key, (selfMicros.get(key) ?? 0) + delta);
  if (node.callFrame.functionName === '(idle)') idle += delta;
  total += delta;
});
console.log(`${(total / 1e6).toFixed(1)} s sampled, ${(((total - idle) / total) * 100).toFixed(0)}% busy`);
for (const [key, micros] of [...selfMicros].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(
    `${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1e3).toFixed(0).padStart(6)} ms  ${key}`,
  );
}
