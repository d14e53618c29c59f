import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { iconProblems } from './iconRules';
import { type IconRole, MANIFEST_FILE, packagedFieldsSchema, type PackagedFields } from './manifestFields';
import { manifestSchemaProblems } from './manifestSchema';
import { fillPlaceholders } from './manifestTemplate';
import { TeamsPackageError } from './teamsPackageError';

export interface AppPackageOptions {
  /** Folder holding manifest.json (with placeholders) and the icons it names. */
  readonly templateDir: string;
  readonly outFile: string;
  readonly microsoftAppId: string;
}

export interface AppPackage {
  readonly outFile: string;
  /** Names of the files at the zip root, manifest first. */
  readonly entries: readonly string[];
  readonly bytes: number;
}

/** The committed template: manifest.json with placeholders, and its icons. */
export const APP_PACKAGE_DIR = resolve(__dirname, '..', '..', 'appPackage');

function parseManifest(text: string, file: string): { manifest: unknown; fields: PackagedFields } {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new TeamsPackageError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const result = packagedFieldsSchema.safeParse(manifest);
  if (!result.success) {
    throw new TeamsPackageError(
      file,
      result.error.issues.map((issue) => `field "${issue.path.join('.') || '(top level)'}": ${issue.message}`),
    );
  }
  return { manifest, fields: result.data };
}

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
 * checks the icons, and writes the zip Teams accepts under "Upload a custom app".
 */
export function buildAppPackage({ templateDir, outFile, microsoftAppId }: AppPackageOptions): AppPackage {
  const manifestPath = join(templateDir, MANIFEST_FILE);
  const template = readFileSync(manifestPath, 'utf8');
  const manifestText = fillPlaceholders(template, { MicrosoftAppId: microsoftAppId }, manifestPath);
  const { manifest, fields } = parseManifest(manifestText, manifestPath);

  const schemaProblems = manifestSchemaProblems(manifest, fields.manifestVersion);
  if (schemaProblems.length > 0) throw new TeamsPackageError(manifestPath, schemaProblems);

  const files: Array<[string, Uint8Array]> = [
    [MANIFEST_FILE, strToU8(manifestText)],
    ...readIcons(templateDir, fields.icons),
  ];
  const zip = zipSync(Object.fromEntries(files), { level: 9 });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return { outFile, entries: files.map(([name]) => name), bytes: zip.length };
}
