import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { fieldName } from './fieldPath';

/** Microsoft's own Teams manifest schemas, one folder per manifest version, shipped in the npm package (no network). */
const SCHEMA_ROOT = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

/** The documents Microsoft publishes a schema for, in each manifest version's folder. */
const SCHEMAS = {
  manifest: { file: 'MicrosoftTeams.schema.json', what: 'schema', unicodeRegExp: true },
  // The localization schemas have a pattern with an unescaped "]", which a unicode RegExp refuses; their patterns are
  // ASCII, so nothing is lost without the flag. The manifest schema needs it for \p{L}.
  localization: { file: 'MicrosoftTeams.Localization.schema.json', what: 'localization schema', unicodeRegExp: false },
} as const;

type SchemaKind = keyof typeof SCHEMAS;

function schemaFile(kind: SchemaKind, manifestVersion: string): string | undefined {
  const file = join(SCHEMA_ROOT, `v${manifestVersion}`, SCHEMAS[kind].file);
  return existsSync(file) ? file : undefined;
}

function publishedVersions(kind: SchemaKind): string[] {
  return readdirSync(SCHEMA_ROOT)
    .filter((folder) => /^v\d/.test(folder))
    .map((folder) => folder.slice(1))
    .filter((version) => schemaFile(kind, version) !== undefined)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** "/bots/0/commandLists/1" -> "bots[0].commandLists[1]". */
function pointerName(pointer: string): string {
  return fieldName(
    pointer
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')),
  );
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `field "${pointerName(`${error.instancePath}/${String(params.missingProperty)}`)}" is required but missing`;
    case 'additionalProperties':
      return `field "${pointerName(`${error.instancePath}/${String(params.additionalProperty)}`)}" is not allowed here`;
    case 'enum':
      return `field "${pointerName(error.instancePath)}" ${error.message}: ${JSON.stringify(params.allowedValues)}`;
    case 'const':
      return `field "${pointerName(error.instancePath)}" must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return `field "${pointerName(error.instancePath)}" ${error.message}`;
  }
}

/** Compiling a manifest schema takes most of a second, so each schema is compiled once per process. */
const validators = new Map<string, ValidateFunction>();

function validatorFor(kind: SchemaKind, schemaPath: string): ValidateFunction {
  const known = validators.get(schemaPath);
  if (known) return known;
  const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // strictTypes is off because Microsoft's schemas leave "type" implicit next to keywords such as additionalProperties.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: SCHEMAS[kind].unicodeRegExp });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema as object);
  validators.set(schemaPath, validate);
  return validate;
}

function schemaProblems(kind: SchemaKind, document: unknown, manifestVersion: string): string[] {
  const schemaPath = schemaFile(kind, manifestVersion);
  if (!schemaPath) {
    return [
      `field "manifestVersion" is "${manifestVersion}", for which @microsoft/app-manifest has no ${SCHEMAS[kind].what}; ` +
        `published versions: ${publishedVersions(kind).join(', ')}`,
    ];
  }
  const validate = validatorFor(kind, schemaPath);
  if (validate(document)) return [];
  return [...new Set((validate.errors ?? []).map(describeError))];
}

/** Schema problems of a manifest, one line per field; empty when the manifest is valid. */
export function manifestSchemaProblems(manifest: unknown, manifestVersion: string): string[] {
  return schemaProblems('manifest', manifest, manifestVersion);
}

/** Problems of a localization file against Microsoft's localization schema for the manifest's version. */
export function localizationSchemaProblems(localization: unknown, manifestVersion: string): string[] {
  return schemaProblems('localization', localization, manifestVersion);
}
