import { PNG } from 'pngjs';

export type Rgb = readonly [red: number, green: number, blue: number];

/** Samples per pixel side: 4x4 samples give smooth edges even on the 32x32 outline. */
const SUPERSAMPLING = 4;

/** Shield with a rounded-off point, in a unit square (0..1, y down). */
function inShield(x: number, y: number): boolean {
  const top = 0.18;
  const shoulder = 0.48;
  const tip = 0.86;
  const halfWidth = 0.31;
  if (y < top || y > tip) return false;
  const taper = y <= shoulder ? 1 : 1 - ((y - shoulder) / (tip - shoulder)) ** 2;
  return Math.abs(x - 0.5) <= halfWidth * taper;
}

const CHECK_MARK: readonly Point[] = [
  [0.36, 0.5],
  [0.46, 0.61],
  [0.65, 0.39],
];
const CHECK_HALF_THICKNESS = 0.048;

type Point = readonly [x: number, y: number];

function distanceToSegment(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const along = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + along * dx), y - (ay + along * dy));
}

function inCheckMark(x: number, y: number): boolean {
  return CHECK_MARK.slice(1).some(
    (end, index) => distanceToSegment(x, y, CHECK_MARK[index], end) <= CHECK_HALF_THICKNESS,
  );
}

/** Share of a pixel covered by the white mark: the shield with the check mark cut out of it. */
function markCoverage(column: number, row: number, size: number): number {
  let covered = 0;
  for (let i = 0; i < SUPERSAMPLING; i += 1) {
    for (let j = 0; j < SUPERSAMPLING; j += 1) {
      const x = (column + (i + 0.5) / SUPERSAMPLING) / size;
      const y = (row + (j + 0.5) / SUPERSAMPLING) / size;
      if (inShield(x, y) && !inCheckMark(x, y)) covered += 1;
    }
  }
  return covered / SUPERSAMPLING ** 2;
}

/**
 * The app icon as PNG bytes: a white certification shield on a solid background colour (the full-colour icon), or on
 * transparency when no background is given (the outline icon, which Teams wants white on transparent).
 */
export function renderIcon(size: number, background?: Rgb): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const coverage = markCoverage(column, row, size);
      const offset = (row * size + column) * 4;
      const pixel = background
        ? [...background.map((channel) => Math.round(channel + (255 - channel) * coverage)), 255]
        : [255, 255, 255, Math.round(255 * coverage)];
      png.data.set(pixel, offset);
    }
  }
  return PNG.sync.write(png);
}
