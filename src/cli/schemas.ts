// `npm run schemas`: writes the published JSON Schemas (the intake record, the practice settings) from their zod schemas.
import { writeFileSync } from 'node:fs';
import { publishedSchemas } from '../record/published-schemas.js';

for (const [file, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(new URL(`../../schemas/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`schemas/${file}\n`);
}
