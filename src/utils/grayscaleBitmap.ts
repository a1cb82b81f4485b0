/**
 * Encodes a small grayscale picture as a BMP `data:` URL, so an explainer can show it in
 * an SVG `<image>` that is already in the server-rendered HTML. BMP needs no compression
 * or checksums, so the encoder stays a few lines and runs in well under a millisecond
 * for 32 × 32 pixels, fast enough to redraw on every slider step.
 */

/** Maps a pixel value in [−1, 1] (the range the models use) to a grey level 0…255; clips outside values. */
export function toGreyLevel(value: number): number {
  const clipped = Math.min(1, Math.max(-1, value));
  return Math.round(((clipped + 1) / 2) * 255);
}

const FILE_HEADER_BYTES = 14;
const INFO_HEADER_BYTES = 40;
const PALETTE_BYTES = 256 * 4;

/**
 * The bytes of an 8-bit BMP with a grey palette. `pixels` is row-major from the top
 * left, values in [−1, 1].
 */
export function encodeGrayscaleBmp(pixels: ArrayLike<number>, width: number, height: number): Uint8Array {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new Error(
      `encodeGrayscaleBmp: width and height must be positive integers, got ${width} × ${height}.`,
    );
  if (pixels.length !== width * height)
    throw new Error(`encodeGrayscaleBmp: expected ${width * height} pixels, got ${pixels.length}.`);
  const rowBytes = Math.ceil(width / 4) * 4; // rows are padded to 4 bytes
  const pixelOffset = FILE_HEADER_BYTES + INFO_HEADER_BYTES + PALETTE_BYTES;
  const fileSize = pixelOffset + rowBytes * height;
  const bytes = new Uint8Array(fileSize);
  const view = new DataView(bytes.buffer);
  // File header.
  bytes[0] = 0x42; // 'B'
  bytes[1] = 0x4d; // 'M'
  view.setUint32(2, fileSize, true);
  view.setUint32(10, pixelOffset, true);
  // BITMAPINFOHEADER. A positive height means rows are stored bottom-up.
  view.setUint32(14, INFO_HEADER_BYTES, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  view.setUint16(26, 1, true); // colour planes
  view.setUint16(28, 8, true); // bits per pixel
  view.setUint32(34, rowBytes * height, true);
  view.setUint32(46, 256, true); // palette entries
  // Palette: entry i is grey level i (blue, green, red, unused).
  for (let i = 0; i < 256; i++) {
    const at = FILE_HEADER_BYTES + INFO_HEADER_BYTES + i * 4;
    bytes[at] = i;
    bytes[at + 1] = i;
    bytes[at + 2] = i;
  }
  for (let row = 0; row < height; row++) {
    const at = pixelOffset + (height - 1 - row) * rowBytes;
    for (let column = 0; column < width; column++) {
      bytes[at + column] = toGreyLevel(pixels[row * width + column] ?? 0);
    }
  }
  return bytes;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with padding); written out so the server and the browser agree without globals. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64_ALPHABET[(triple >> 18) & 63];
    out += BASE64_ALPHABET[(triple >> 12) & 63];
    out += b === undefined ? '=' : BASE64_ALPHABET[(triple >> 6) & 63];
    out += c === undefined ? '=' : BASE64_ALPHABET[triple & 63];
  }
  return out;
}

/** A `data:image/bmp;base64,…` URL of the picture (row-major, values in [−1, 1]). */
export function grayscaleBitmapDataUrl(pixels: ArrayLike<number>, width: number, height: number): string {
  return `data:image/bmp;base64,${toBase64(encodeGrayscaleBmp(pixels, width, height))}`;
}
