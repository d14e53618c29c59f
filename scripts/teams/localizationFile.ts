import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fieldName, missingPrefix, parseFieldName, valueAt } from './fieldPath';
import { parseJsonFile, zodProblems } from './jsonFile';
import { type AdditionalLanguage, MANIFEST_FILE, packagedFieldsSchema } from './manifestFields';
import { localizationSchemaProblems } from './manifestSchema';
import { TeamsPackageError } from './teamsPackageError';

/**
 * A Teams localization file: Microsoft's "$schema" and the translated texts, each keyed by the manifest field it
 * replaces ("name.short", "bots[0].commandLists[0].commands[0].title"). `localizationKeys` (the `[[key]]` tokens)
 * is not supported: the manifest uses none.
 */
export const localizationFileSchema = z.object({ $schema: z.url().optional() }).catchall(z.string().trim().min(1));

export type LocalizationFile = z.infer<typeof localizationFileSchema>;

/** The manifest version in a schema URL: ".../teams/v1.30/MicrosoftTeams.Localization.schema.json" -> "1.30". */
const SCHEMA_URL_VERSION = /\/teams\/v([^/]+)\//;

function translatedTexts({ $schema: _schema, ...texts }: LocalizationFile): Array<[string, string]> {
  return Object.entries(texts);
}

/**
 * Teams wants a localization file and its manifest of the same manifest version; "$schema" is where the file says
 * which it is.
 */
function schemaVersionProblems({ $schema }: LocalizationFile, manifestVersion: string): string[] {
  const version = $schema === undefined ? undefined : SCHEMA_URL_VERSION.exec($schema)?.[1];
  if ($schema === undefined || version === manifestVersion) return [];
  return [
    `field "$schema" is "${$schema}", which is not the localization schema of manifestVersion ${manifestVersion} ` +
      `(the one of ${MANIFEST_FILE}); expected .../teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`,
  ];
}

/** A key that names no field of the manifest would translate nothing, silently. */
function unknownKeyProblems(manifest: unknown, localization: LocalizationFile): string[] {
  return translatedTexts(localization).flatMap(([key]) => {
    const path = parseFieldName(key);
    const missing = path ? missingPrefix(manifest, path) : [key];
    return missing ? [`key "${key}" translates nothing: ${MANIFEST_FILE} has no field "${fieldName(missing)}"`] : [];
  });
}

/** The manifest as a client in the file's language shows it: each key's field holds its translation. */
export function localizedManifest(manifest: unknown, localization: LocalizationFile): unknown {
  const localized = structuredClone(manifest);
  for (const [key, text] of translatedTexts(localization)) {
    const path = parseFieldName(key);
    if (!path || missingPrefix(localized, path)) throw new Error(`"${key}" is not a field of the manifest`);
    const parent = valueAt(localized, path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path[path.length - 1]] = text;
  }
  return localized;
}

/**
 * Why a localization file cannot be packaged: Microsoft's localization schema for the manifest's version, the same
 * version in its "$schema", keys that name fields of the manifest, and the packager's own rules (packagedFieldsSchema)
 * on the manifest as it reads translated. Each stage runs only once the one before has passed.
 */
function localizationProblems(manifest: unknown, document: unknown, localization: LocalizationFile, manifestVersion: string): string[] {
  const schemaProblems = [
    ...localizationSchemaProblems(document, manifestVersion),
    ...schemaVersionProblems(localization, manifestVersion),
  ];
  if (schemaProblems.length > 0) return schemaProblems;
  const unknownKeys = unknownKeyProblems(manifest, localization);
  if (unknownKeys.length > 0) return unknownKeys;
  const translated = packagedFieldsSchema.safeParse(localizedManifest(manifest, localization));
  return translated.success ? [] : zodProblems(translated.error.issues);
}

/** Reads and checks the localization file of an additional language; returns its zip entry. */
export function readLocalizationFile(
  templateDir: string,
  { languageTag, file }: AdditionalLanguage,
  manifest: unknown,
  manifestVersion: string,
): [string, Buffer] {
  const path = join(templateDir, file);
  if (!existsSync(path)) {
    throw new TeamsPackageError(path, [
      `the ${languageTag} localization file does not exist (named by localizationInfo.additionalLanguages in ${MANIFEST_FILE})`,
    ]);
  }
  const bytes = readFileSync(path);
  const { document, fields } = parseJsonFile(bytes.toString('utf8'), path, localizationFileSchema);
  const problems = localizationProblems(manifest, document, fields, manifestVersion);
  if (problems.length > 0) throw new TeamsPackageError(path, problems);
  return [file, bytes];
}
