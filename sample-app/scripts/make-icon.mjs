// Draws static/icon.png, the app's 128×128 icon: a white speech bubble on a blue disc. Kept so the
// icon can be redrawn; the PNG itself is committed and the build does not run this.
//
//   node sample-app/scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // 4×4 samples per pixel smooth the edges
const BLUE = [28, 88, 217]; // Mattermost blue, #1C58D9
const WHITE = [255, 255, 255];

const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

function inRoundedRect(x, y, left, top, right, bottom, r) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return inCircle(x, y, cx, cy, r);
}

/** Inside the triangle a, b, c (same side of all three edges). */
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s1 = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  const s2 = (cx - bx) * (y - by) - (cy - by) * (x - bx);
  const s3 = (ax - cx) * (y - cy) - (ay - cy) * (x - cx);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** The color at a point, painted back to front, or undefined where the icon is transparent. */
function colorAt(x, y) {
  if (!inCircle(x, y, 64, 64, 62)) return undefined;
  const bubble = inRoundedRect(x, y, 26, 32, 102, 84, 14) || inTriangle(x, y, [38, 80], [60, 80], [34, 102]);
  if (!bubble) return BLUE;
  if ([44, 64, 84].some((dx) => inCircle(x, y, dx, 58, 6.5))) return BLUE;
  return WHITE;
}

function pixels() {
  // One filter-type byte (0, none) before each row of RGBA pixels.
  const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let py = 0; py < SIZE; py++) {
    const row = py * (1 + SIZE * 4);
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colorAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
        }
      }
      const at = row + 1 + px * 4;
      if (covered === 0) continue;
      for (let i = 0; i < 3; i++) raw[at + i] = Math.round(sum[i] / covered);
      raw[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function iconPng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0); // width
  header.writeUInt32BE(SIZE, 4); // height
  header[8] = 8; // bits per channel
  header[9] = 6; // color type: RGBA
  // compression, filter and interlace methods: 0
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels(), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'static', 'icon.png');
writeFileSync(out, iconPng());
console.log(`wrote ${path.relative(process.cwd(), out) || out}`);
