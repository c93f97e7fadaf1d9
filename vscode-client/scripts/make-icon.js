#!/usr/bin/env node
// Draws images/icon.png (128x128): a rounded square with four rock strata, the top one cut by a
// check mark. Pure Node (zlib), so it needs no image tools. Run: node scripts/make-icon.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const S = 128;
const px = Buffer.alloc(S * S * 4);
const bands = [[0x2d, 0xd4, 0xbf], [0x38, 0x9e, 0xe8], [0xf5, 0x9e, 0x0b], [0xe1, 0x4d, 0x6a]];

function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), S - 1 - r), cy = Math.min(Math.max(y, r), S - 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function nearSegment(x, y, [x1, y1], [x2, y2], w) {
  const t = Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)));
  return (x - x1 - t * (x2 - x1)) ** 2 + (y - y1 - t * (y2 - y1)) ** 2 <= w * w;
}
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    const i = (y * S + x) * 4;
    if (!inRoundedSquare(x, y, 22)) continue; // transparent corner
    let c = [0x12, 0x23, 0x3d];
    const wave = 5 * Math.sin((x / S) * Math.PI * 2);
    for (let b = 0; b < bands.length; b++) {
      const top = 44 + b * 18 + wave * (b % 2 ? -1 : 1);
      if (y >= top && y < top + 13) c = bands[b];
    }
    if (nearSegment(x, y, [30, 22], [44, 34], 5) || nearSegment(x, y, [44, 34], [70, 10], 5)) c = [0xff, 0xff, 0xff];
    px[i] = c[0]; px[i + 1] = c[1]; px[i + 2] = c[2]; px[i + 3] = 255;
  }
}
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) px.copy(raw, y * (S * 4 + 1) + 1, y * S * 4, (y + 1) * S * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
const out = path.join(__dirname, '..', 'images', 'icon.png');
fs.writeFileSync(out, png);
console.log(`make-icon: ${out} (${png.length} bytes)`);
