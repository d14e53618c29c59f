import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';

/**
 * Teams' limits for a bot command's texts. Manifest schemas up to v1.20 refuse longer ones; v1.21 raised them to 128
 * and 4000 characters, but the packager keeps the lower limits, so that the package stays valid for every manifest
 * version that can be localized (from 1.5) and titles stay short in the compose box's command menu.
 */
const COMMAND_TITLE_MAX = 32;
const COMMAND_DESCRIPTION_MAX = 128;

const commandSchema = z.object({
  title: z.string().max(COMMAND_TITLE_MAX, `must be at most ${COMMAND_TITLE_MAX} characters (a Teams command title)`),
  description: z
    .string()
    .max(COMMAND_DESCRIPTION_MAX, `must be at most ${COMMAND_DESCRIPTION_MAX} characters (a Teams command description)`)
    .optional(),
});

/**
 * The template folder is flat and the zip mirrors it, so a localization file is a plain name next to manifest.json
 * (a path with ".." would also reach outside the template).
 */
const localizationFileNameSchema = z
  .string()
  .regex(/^[^/\\]+\.json$/, 'must be the name of a .json file next to manifest.json, without a folder');

/**
 * The manifest fields the packager acts on. The JSON schema checks the whole manifest; this gives them types, refuses
 * icon kinds the packager has no size rule for (e.g. color32x32), which would otherwise be left out of the zip, and
 * keeps command texts within the limits above.
 */
export const packagedFieldsSchema = z.object({
  manifestVersion: z.string(),
  icons: z.strictObject({ color: z.string(), outline: z.string() }),
  bots: z.array(z.object({ commandLists: z.array(z.object({ commands: z.array(commandSchema) })).optional() })).optional(),
  localizationInfo: z
    .object({ additionalLanguages: z.array(z.object({ languageTag: z.string(), file: localizationFileNameSchema })).default([]) })
    .optional(),
});

export type PackagedFields = z.infer<typeof packagedFieldsSchema>;
export type IconRole = keyof PackagedFields['icons'];
export type AdditionalLanguage = NonNullable<PackagedFields['localizationInfo']>['additionalLanguages'][number];
