import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** Microsoft's own Teams manifest schemas, one folder per manifest version, shipped in the npm package (no network). */
const SCHEMA_ROOT = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

function schemaFile(manifestVersion: string): string | undefined {
  const file = join(SCHEMA_ROOT, `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  return existsSync(file) ? file : undefined;
}

function publishedVersions(): string[] {
  return readdirSync(SCHEMA_ROOT)
    .filter((folder) => /^v\d/.test(folder))
    .map((folder) => folder.slice(1))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** "/bots/0/commandLists/1" -> "bots[0].commandLists[1]": the way a person editing manifest.json names a field. */
function fieldName(pointer: string): string {
  const name = pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  return name || '(top level)';
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `field "${fieldName(`${error.instancePath}/${String(params.missingProperty)}`)}" is required but missing`;
    case 'additionalProperties':
      return `field "${fieldName(`${error.instancePath}/${String(params.additionalProperty)}`)}" is not allowed here`;
    case 'enum':
      return `field "${fieldName(error.instancePath)}" ${error.message}: ${JSON.stringify(params.allowedValues)}`;
    case 'const':
      return `field "${fieldName(error.instancePath)}" must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return `field "${fieldName(error.instancePath)}" ${error.message}`;
  }
}

/** Compiling a manifest schema takes most of a second, so each version is compiled once per process. */
const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaPath: string): ValidateFunction {
  const known = validators.get(schemaPath);
  if (known) return known;
  const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // strictTypes is off because Microsoft's schemas leave "type" implicit next to keywords such as additionalProperties.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema as object);
  validators.set(schemaPath, validate);
  return validate;
}

/** Schema problems of a manifest, one line per field; empty when the manifest is valid. */
export function manifestSchemaProblems(manifest: unknown, manifestVersion: string): string[] {
  const schemaPath = schemaFile(manifestVersion);
  if (!schemaPath) {
    return [
      `field "manifestVersion" is "${manifestVersion}", for which @microsoft/app-manifest has no schema; ` +
        `published versions: ${publishedVersions().join(', ')}`,
    ];
  }
  const validate = validatorFor(schemaPath);
  if (validate(manifest)) return [];
  return [...new Set((validate.errors ?? []).map(describeError))];
}
