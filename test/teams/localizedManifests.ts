import type { TeamsManifestLatest } from '@microsoft/app-manifest';
import { localizationFileSchema, localizedManifest } from '../../scripts/teams/localizationFile';

/**
 * A manifest as a Teams client in each of the app's languages shows it, default language first; `readJson` reads a
 * file of the package (manifest.json, a localization file) from wherever the test has it.
 */
export function manifestsByLanguage(readJson: (file: string) => unknown): Array<{ languageTag: string; manifest: TeamsManifestLatest }> {
  const manifest = readJson('manifest.json') as TeamsManifestLatest;
  const { defaultLanguageTag, additionalLanguages = [] } = manifest.localizationInfo ?? { defaultLanguageTag: 'en-us' };
  return [
    { languageTag: defaultLanguageTag, manifest },
    ...additionalLanguages.map(({ languageTag, file }) => ({
      languageTag,
      manifest: localizedManifest(manifest, localizationFileSchema.parse(readJson(file))) as TeamsManifestLatest,
    })),
  ];
}
