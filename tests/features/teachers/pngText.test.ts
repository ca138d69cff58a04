// @vitest-environment node
import { crc32 as nodeCrc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32, insertPngText } from '../../../src/features/teachers/pngText';

/** A real 2×1 RGB PNG, built here from the spec with Node's zlib (not with the code under test). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(nodeCrc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** Every chunk of a PNG, each with whether its CRC is right (checked with Node's zlib.crc32). */
function chunks(png: Uint8Array) {
  const b = Buffer.from(png);
  const out: { type: string; text: string; crcOk: boolean }[] = [];
  for (let o = 8; o < b.length;) {
    const len = b.readUInt32BE(o);
    const type = b.toString('latin1', o + 4, o + 8);
    const crcOk = b.readUInt32BE(o + 8 + len) === nodeCrc32(b.subarray(o + 4, o + 8 + len));
    out.push({ type, text: b.toString('latin1', o + 8, o + 8 + len), crcOk });
    o += 12 + len;
  }
  return out;
}

describe('an exported PNG carries its title and licence as text chunks', () => {
  it('adds one valid tEXt chunk per entry after IHDR and leaves the image’s chunks as they were', () => {
    const png = tinyPng();
    const out = insertPngText(png, { Title: 'LSTM — step 5', Copyright: '© 2026 RNN Explainer. CC BY 4.0' });
    const c = chunks(out);
    expect(c.map((x) => x.type)).toEqual(['IHDR', 'tEXt', 'tEXt', 'IDAT', 'IEND']);
    expect(c.every((x) => x.crcOk)).toBe(true);
    // tEXt is Latin-1: keyword, a zero byte, the text ("—" is outside Latin-1, written as "?").
    expect(c[1].text).toBe('Title\0LSTM ? step 5');
    expect(c[2].text).toBe('Copyright\0© 2026 RNN Explainer. CC BY 4.0');
    const before = chunks(png).filter((x) => x.type !== 'tEXt');
    expect(c.filter((x) => x.type !== 'tEXt')).toEqual(before);
  });

  it('computes the CRC-32 PNG uses, the same as zlib’s for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => crc32(bytes) === nodeCrc32(bytes)));
  });
});
