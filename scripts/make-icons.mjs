// Draws the toolbar icon (a lens over a bar chart) as PNGs into public/icon/.
// Run with `node scripts/make-icons.mjs`; the PNGs are committed, so builds do not need it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function png(size, paint) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(paint((x + 0.5) / size, (y + 0.5) / size), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ACCENT = [51, 69, 196, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function paint(x, y) {
  const inBox = Math.max(Math.abs(x - 0.5), Math.abs(y - 0.5)) < 0.47;
  if (!inBox) return CLEAR;
  const d = Math.hypot(x - 0.44, y - 0.44);
  const ring = d > 0.24 && d < 0.31;
  const handle = x > 0.6 && y > 0.6 && Math.abs(x - y) < 0.07 && x < 0.84;
  const bars = d < 0.24 && ((x > 0.32 && x < 0.39 && y > 0.47) || (x > 0.41 && x < 0.48 && y > 0.38) || (x > 0.5 && x < 0.57 && y > 0.3)) && y < 0.58;
  return ring || handle || bars ? WHITE : ACCENT;
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size, paint));
