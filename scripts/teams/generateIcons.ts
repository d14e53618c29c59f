/**
 * `npm run teams:icons`: redraws appPackage/color.png and appPackage/outline.png. The colour icon's background is the
 * manifest's accentColor, so the icon and the Teams accent always match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { APP_PACKAGE_DIR } from './appPackage';
import { type Rgb, renderIcon } from './iconArt';
import { ICON_RULES } from './iconRules';
import { MANIFEST_FILE, packagedFieldsSchema } from './manifestFields';

const iconDesignSchema = packagedFieldsSchema.pick({ icons: true }).extend({
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'accentColor must be a 6-digit hex colour such as #0F7B6C')
    .transform((hex): Rgb => {
      const channel = (start: number): number => parseInt(hex.slice(start, start + 2), 16);
      return [channel(1), channel(3), channel(5)];
    }),
});

/** The icon files, named as the manifest in `dir` names them, the colour one drawn in its accent colour. */
export function drawAppIcons(dir: string): Array<[name: string, bytes: Buffer]> {
  const { icons, accentColor } = iconDesignSchema.parse(JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')));
  return [
    [icons.color, renderIcon(ICON_RULES.color.size, accentColor)],
    [icons.outline, renderIcon(ICON_RULES.outline.size)],
  ];
}

if (require.main === module) {
  for (const [name, bytes] of drawAppIcons(APP_PACKAGE_DIR)) {
    writeFileSync(join(APP_PACKAGE_DIR, name), bytes);
    console.log(`Wrote appPackage/${name} (${bytes.length} bytes)`);
  }
}
