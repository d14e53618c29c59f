import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding package.json. Data files (knowledge YAML, UI texts, .env) are read from here rather than from
 * the working directory or __dirname, so the bot finds them the same way under ts-node (bot/) and built (dist/bot/).
 */
export function findProjectRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json found in ${start} or any folder above it`);
  }
}

export const projectRoot = findProjectRoot(__dirname);

/** The "version" field of the project's package.json, reported by /healthz. */
export function readPackageVersion(root: string = projectRoot): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${join(root, 'package.json')}: field "version" is missing`);
  return version;
}
