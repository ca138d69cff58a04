/**
 * Reads QR codes for the class view: the browser's own BarcodeDetector where it has one with QR
 * (Chrome on Android, macOS and ChromeOS), else ZXing compiled to WebAssembly through the
 * barcode-detector ponyfill. Its .wasm is a file of this site, never fetched from a CDN (the page
 * makes no request outside its origin). Loaded only when a teacher scans or opens a QR image.
 */
interface Detector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

let detector: Promise<Detector> | null = null;

async function make(): Promise<Detector> {
  const native = (globalThis as { BarcodeDetector?: typeof BarcodeDetectorLike }).BarcodeDetector;
  if (native && (await native.getSupportedFormats()).includes('qr_code'))
    return new native({ formats: ['qr_code'] });
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ]);
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}

declare class BarcodeDetectorLike {
  constructor(options: { formats: string[] });
  static getSupportedFormats(): Promise<string[]>;
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

/** The text of every QR code in `source` (an image file's bitmap, or a video frame). */
export async function readQr(source: ImageBitmapSource): Promise<string[]> {
  detector ??= make();
  const found = await (await detector).detect(source);
  return found.map((b) => b.rawValue);
}
