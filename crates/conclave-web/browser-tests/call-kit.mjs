// What the call tests share: fake cameras of one colour each (Y4M clips for Chromium's
// --use-file-for-fake-video-capture) and the Chromium flags for fake media on loopback.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './kit.mjs';

/** BT.601 (limited range) Y, U, V of a colour, and the colour itself. */
export const COLOURS = {
  red: { yuv: [81, 90, 240], rgb: [255, 0, 0] },
  green: { yuv: [145, 54, 34], rgb: [0, 255, 0] },
  blue: { yuv: [41, 240, 110], rgb: [0, 0, 255] },
  yellow: { yuv: [210, 16, 146], rgb: [255, 255, 0] },
};

/** A 320×240 Y4M clip of one colour, for --use-file-for-fake-video-capture. */
export function y4m(colour) {
  const [y, u, v] = COLOURS[colour].yuv;
  const w = 320;
  const h = 240;
  const frame = Buffer.concat([
    Buffer.from('FRAME\n'),
    Buffer.alloc(w * h, y), Buffer.alloc((w / 2) * (h / 2), u), Buffer.alloc((w / 2) * (h / 2), v),
  ]);
  const file = path.join(tempDir('y4m'), `${colour}.y4m`);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F15:1 Ip A1:1 C420jpeg\n`), ...Array(15).fill(frame)]));
  return file;
}

/** Chromium flags: fake camera (of `colour`) and microphone, no prompt, loopback ICE. */
export function mediaArgs(colour) {
  return [
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${y4m(colour)}`,
    '--allow-loopback-in-peer-connection', '--autoplay-policy=no-user-gesture-required',
  ];
}

/** Whether a decoded pixel is near `colour`. */
export function near(rgb, colour) {
  const want = COLOURS[colour].rgb;
  return rgb.every((x, i) => Math.abs(x - want[i]) < 70);
}
