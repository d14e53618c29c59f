import { PNG } from 'pngjs';
import type { IconRole } from './manifestFields';

interface IconRule {
  readonly size: number;
  /** Why a pixel breaks the rule, or undefined when it is allowed. */
  readonly pixelProblem?: (red: number, green: number, blue: number, alpha: number) => string | undefined;
  /** What the icon must contain at least once, checked over its pixels' alpha values. */
  readonly mustHave: ReadonlyArray<{ readonly what: string; readonly test: (alpha: number) => boolean }>;
}

const VISIBLE = { what: 'at least one visible pixel', test: (alpha: number) => alpha > 0 };

/** Teams' rules: a 192x192 full-colour icon, and a 32x32 outline that is white on a transparent background. */
export const ICON_RULES: Readonly<Record<IconRole, IconRule>> = {
  color: { size: 192, mustHave: [VISIBLE] },
  outline: {
    size: 32,
    pixelProblem: (red, green, blue, alpha) =>
      alpha === 0 || (red === 255 && green === 255 && blue === 255) ? undefined : 'neither white nor fully transparent',
    mustHave: [
      VISIBLE,
      { what: 'a transparent background (some fully transparent pixels)', test: (alpha) => alpha === 0 },
    ],
  },
};

/** Problems of one icon file against Teams' rules for its role; empty when it may be packaged. */
export function iconProblems(role: IconRole, bytes: Buffer): string[] {
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    return [`${role} icon is not a readable PNG: ${(error as Error).message}`];
  }
  const rule = ICON_RULES[role];
  if (png.width !== rule.size || png.height !== rule.size) {
    return [`${role} icon is ${png.width}x${png.height} pixels; Teams needs ${rule.size}x${rule.size}`];
  }

  const problems: string[] = [];
  const alphas: number[] = [];
  let badPixels = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    const [red, green, blue, alpha] = png.data.subarray(offset, offset + 4);
    alphas.push(alpha);
    const problem = rule.pixelProblem?.(red, green, blue, alpha);
    if (problem === undefined) continue;
    if (badPixels === 0) {
      const pixel = offset / 4;
      problems.push(
        `${role} icon pixel (${pixel % png.width}, ${Math.floor(pixel / png.width)}) is ` +
          `rgba(${red}, ${green}, ${blue}, ${alpha}): ${problem}`,
      );
    }
    badPixels += 1;
  }
  if (badPixels > 1) problems.push(`${role} icon has ${badPixels} such pixels in all`);
  for (const { what, test } of rule.mustHave) {
    if (!alphas.some(test)) problems.push(`${role} icon lacks ${what}`);
  }
  return problems;
}
