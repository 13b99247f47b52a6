// A Teams app package: the manifest and its localization files validated offline against the schemas shipped in
// @microsoft/app-manifest (never fetched), zipped with the two icons.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { colorIcon, outlineIcon } from './icons.js';
import {
  buildLocalization,
  buildManifest,
  localizationFile,
  type ManifestInputs,
  manifestLanguages,
  manifestVersion,
} from './manifest.js';

const require = createRequire(import.meta.url);
const schemaFolder = join(
  dirname(require.resolve('@microsoft/app-manifest')),
  'json-schemas',
  'teams',
  `v${manifestVersion}`,
);

type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
const readSchema = (file: string): Schema =>
  JSON.parse(readFileSync(join(schemaFolder, file), 'utf8'), (key, value) =>
    key === 'patternProperties' ? escapeLoneBrackets(value as Record<string, unknown>) : value,
  );

/**
 * The shipped localization schema has two patterns with an unescaped `]` (`\b]`), which the validator's unicode
 * regular expressions reject; escaping it keeps their meaning and lets the schema compile.
 */
function escapeLoneBrackets(patterns: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patterns).map(([key, value]) => [key.replaceAll('\\b]', '\\b\\]'), value]));
}

export class ManifestInvalidError extends Error {
  override name = 'ManifestInvalidError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} does not fit the Teams schema v${manifestVersion}:\n  ${problems.join('\n  ')}`);
  }
}

/** Problems of a manifest or a localization file against the shipped schema; empty when it fits. */
export async function schemaProblems(document: Record<string, unknown>, kind: 'manifest' | 'localization') {
  const schema = readSchema(
    kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json',
  );
  // The validator is typed for a manifest object; a localization file is validated the same way against its schema.
  return AppManifestUtils.validateAgainstSchema(
    document as unknown as Parameters<typeof AppManifestUtils.validateAgainstSchema>[0],
    schema,
  );
}

export interface BuiltPackage {
  manifest: Record<string, unknown>;
  files: Record<string, Buffer>;
  zip: Buffer;
}

export async function buildPackage(inputs: ManifestInputs): Promise<BuiltPackage> {
  const manifest = buildManifest(inputs);
  const documents: Record<string, { body: Record<string, unknown>; kind: 'manifest' | 'localization' }> = {
    'manifest.json': { body: manifest, kind: 'manifest' },
  };
  for (const language of manifestLanguages.additional) {
    documents[localizationFile(language)] = {
      body: buildLocalization(inputs.app, language, inputs.practice.name),
      kind: 'localization',
    };
  }
  const files: Record<string, Buffer> = {
    'color.png': colorIcon(inputs.practice.widget.primaryColor),
    'outline.png': outlineIcon(),
  };
  for (const [name, { body, kind }] of Object.entries(documents)) {
    const problems = await schemaProblems(body, kind);
    if (problems.length > 0) throw new ManifestInvalidError(name, problems);
    files[name] = Buffer.from(`${JSON.stringify(body, null, 2)}\n`);
  }
  const zip = new JSZip();
  // A fixed date keeps the zip byte-for-byte the same for the same inputs.
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const [name, content] of Object.entries(files)) zip.file(name, content, { date });
  const archive = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { manifest, files, zip: archive };
}

export async function writePackage(folder: string, inputs: ManifestInputs): Promise<string> {
  const built = await buildPackage(inputs);
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${inputs.app}-app.zip`);
  await writeFile(path, built.zip);
  return path;
}
