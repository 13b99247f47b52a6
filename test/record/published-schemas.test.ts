// The JSON Schemas in schemas/ are what the zod schemas say today: regenerate with `npm run schemas`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSchemas } from '../../src/record/published-schemas.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(publishedSchemas()))('schemas/%s is up to date', (file, schema) => {
    const published = JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
