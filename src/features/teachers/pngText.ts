/**
 * Text chunks (tEXt) in a PNG: the title and the licence travel with an exported figure into slide
 * tools and image viewers. A chunk is length, type, data and a CRC-32 of type and data (PNG spec 5.3).
 */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** tEXt holds Latin-1: characters outside it are written as "?" rather than corrupting the chunk. */
const latin1 = (s: string) => Uint8Array.from(s, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 63));

function textChunk(keyword: string, text: string): Uint8Array {
  const data = new Uint8Array([...latin1(keyword), 0, ...latin1(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1('tEXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The same PNG with a tEXt chunk per entry, placed right after IHDR (the 8-byte signature + 25). */
export function insertPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array<ArrayBuffer> {
  const at = 8 + 25;
  const chunks = Object.entries(entries).map(([k, v]) => textChunk(k, v));
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, at), 0);
  let o = at;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  out.set(png.subarray(at), o);
  return out;
}

export async function withPngText(blob: Blob, entries: Record<string, string>): Promise<Blob> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return new Blob([insertPngText(bytes, entries)], { type: 'image/png' });
}
