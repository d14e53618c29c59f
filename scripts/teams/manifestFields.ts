import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';

/**
 * The manifest fields the packager acts on. The JSON schema checks the whole manifest; this gives them types and
 * refuses icon kinds the packager has no size rule for (e.g. color32x32), which would otherwise be left out of
 * the zip.
 */
export const packagedFieldsSchema = z.object({
  manifestVersion: z.string(),
  icons: z.strictObject({ color: z.string(), outline: z.string() }),
});

export type PackagedFields = z.infer<typeof packagedFieldsSchema>;
export type IconRole = keyof PackagedFields['icons'];
