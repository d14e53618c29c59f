import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { iconProblems } from './iconRules';
import { parseJsonFile } from './jsonFile';
import { readLocalizationFile } from './localizationFile';
import { type IconRole, MANIFEST_FILE, packagedFieldsSchema, type PackagedFields } from './manifestFields';
import { manifestSchemaProblems } from './manifestSchema';
import { fillPlaceholders } from './manifestTemplate';
import { TeamsPackageError } from './teamsPackageError';

export interface AppPackageOptions {
  /** Folder holding manifest.json (with placeholders), the icons and the localization files it names. */
  readonly templateDir: string;
  readonly outFile: string;
  readonly microsoftAppId: string;
}

export interface AppPackage {
  readonly outFile: string;
  /** Names of the files at the zip root: manifest, icons, then one localization file per additional language. */
  readonly entries: readonly string[];
  readonly bytes: number;
}

/** The committed template: manifest.json with placeholders, its icons and its localization files. */
export const APP_PACKAGE_DIR = resolve(__dirname, '..', '..', 'appPackage');

function readIcons(templateDir: string, icons: PackagedFields['icons']): Array<[string, Buffer]> {
  const problems: string[] = [];
  const files = (Object.keys(icons) as IconRole[]).flatMap((role): Array<[string, Buffer]> => {
    const name = icons[role];
    const path = join(templateDir, name);
    if (!existsSync(path)) {
      problems.push(`${role} icon ${path} does not exist (named by icons.${role} in ${MANIFEST_FILE})`);
      return [];
    }
    const bytes = readFileSync(path);
    problems.push(...iconProblems(role, bytes).map((problem) => `${problem} (${path})`));
    return [[name, bytes]];
  });
  if (problems.length > 0) throw new TeamsPackageError('icons', problems);
  return files;
}

/**
 * Fills the manifest template with the bot's app id, validates it against Microsoft's schema for its manifestVersion,
 * checks the icons and the localization files, and writes the zip Teams accepts under "Upload a custom app".
 */
export function buildAppPackage({ templateDir, outFile, microsoftAppId }: AppPackageOptions): AppPackage {
  const manifestPath = join(templateDir, MANIFEST_FILE);
  const template = readFileSync(manifestPath, 'utf8');
  const manifestText = fillPlaceholders(template, { MicrosoftAppId: microsoftAppId }, manifestPath);
  const { document: manifest, fields } = parseJsonFile(manifestText, manifestPath, packagedFieldsSchema);

  const schemaProblems = manifestSchemaProblems(manifest, fields.manifestVersion);
  if (schemaProblems.length > 0) throw new TeamsPackageError(manifestPath, schemaProblems);

  const files: Array<[string, Uint8Array]> = [
    [MANIFEST_FILE, strToU8(manifestText)],
    ...readIcons(templateDir, fields.icons),
    ...(fields.localizationInfo?.additionalLanguages ?? []).map((language) =>
      readLocalizationFile(templateDir, language, manifest, fields.manifestVersion),
    ),
  ];
  const zip = zipSync(Object.fromEntries(files), { level: 9 });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return { outFile, entries: files.map(([name]) => name), bytes: zip.length };
}
