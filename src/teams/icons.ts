// The app's two icons drawn at package time (no binary files in the repository): a 192x192 colour icon on the
// practice's colour and a 32x32 white-on-transparent outline icon, both a speech bubble, as Teams asks.
import { PNG } from 'pngjs';

export const colorIconSize = 192;
export const outlineIconSize = 32;

type Rgba = readonly [number, number, number, number];

function hexColour(hex: string): Rgba {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, 0xff];
}

/** Whether a point (in units of the icon's size, 0..1) lies on the speech bubble: a rounded box and its tail. */
function inBubble(x: number, y: number): boolean {
  const [left, top, right, bottom, radius] = [0.2, 0.22, 0.8, 0.66, 0.1];
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const inBox = x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  const inTail = y > bottom - 0.01 && y < 0.8 && x > 0.3 && x < 0.3 + (0.8 - y) * 1.0;
  return inBox || inTail;
}

function draw(size: number, background: Rgba, foreground: Rgba): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const colour = inBubble((x + 0.5) / size, (y + 0.5) / size) ? foreground : background;
      png.data.set(colour, (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

const white: Rgba = [255, 255, 255, 255];
const transparent: Rgba = [0, 0, 0, 0];

export const colorIcon = (primaryColor: string) => draw(colorIconSize, hexColour(primaryColor), white);
export const outlineIcon = () => draw(outlineIconSize, transparent, white);
