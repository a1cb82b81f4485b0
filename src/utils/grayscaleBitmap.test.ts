import {describe, expect, it} from 'vitest';
import {encodeGrayscaleBmp, grayscaleBitmapDataUrl, toBase64, toGreyLevel} from './grayscaleBitmap';

describe('toGreyLevel', () => {
  it('maps −1, 0, 1 to black, mid-grey, white and clips beyond', () => {
    expect(toGreyLevel(-1)).toBe(0);
    expect(toGreyLevel(0)).toBe(128); // 127.5 rounds up
    expect(toGreyLevel(1)).toBe(255);
    expect(toGreyLevel(-3)).toBe(0);
    expect(toGreyLevel(2.5)).toBe(255);
  });
});

describe('toBase64', () => {
  it('matches Node’s encoder, with padding', () => {
    for (const text of ['', 'M', 'Ma', 'Man', 'generative AI!']) {
      const bytes = new TextEncoder().encode(text);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    const all = Uint8Array.from({length: 256}, (_, i) => i);
    expect(toBase64(all)).toBe(Buffer.from(all).toString('base64'));
  });
});

describe('encodeGrayscaleBmp', () => {
  it('writes a valid header, a grey palette and bottom-up padded rows', () => {
    // 3 × 2 picture: top row black, mid, white; bottom row all white.
    const bytes = encodeGrayscaleBmp([-1, 0, 1, 1, 1, 1], 3, 2);
    const view = new DataView(bytes.buffer);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('BM');
    const pixelOffset = 14 + 40 + 1024;
    expect(view.getUint32(10, true)).toBe(pixelOffset);
    expect(view.getUint32(2, true)).toBe(pixelOffset + 2 * 4); // rows padded from 3 to 4 bytes
    expect(bytes.length).toBe(pixelOffset + 8);
    expect(view.getInt32(18, true)).toBe(3);
    expect(view.getInt32(22, true)).toBe(2);
    expect(view.getUint16(28, true)).toBe(8);
    // Palette entry 200 is grey 200.
    expect(Array.from(bytes.slice(54 + 800, 54 + 804))).toEqual([200, 200, 200, 0]);
    // The bottom row comes first in the file.
    expect(Array.from(bytes.slice(pixelOffset, pixelOffset + 4))).toEqual([255, 255, 255, 0]);
    expect(Array.from(bytes.slice(pixelOffset + 4, pixelOffset + 8))).toEqual([0, 128, 255, 0]);
  });

  it('rejects a pixel count that does not match the size', () => {
    expect(() => encodeGrayscaleBmp([0, 0, 0], 2, 2)).toThrow(/expected 4 pixels, got 3/);
    expect(() => encodeGrayscaleBmp([], 0, 0)).toThrow(/positive integers/);
  });
});

describe('grayscaleBitmapDataUrl', () => {
  it('is a BMP data URL that decodes back to the same bytes', () => {
    const url = grayscaleBitmapDataUrl([0.5, -0.5, 0, 1], 2, 2);
    expect(url.startsWith('data:image/bmp;base64,Qk')).toBe(true);
    const decoded = Buffer.from(url.slice('data:image/bmp;base64,'.length), 'base64');
    expect(Uint8Array.from(decoded)).toEqual(encodeGrayscaleBmp([0.5, -0.5, 0, 1], 2, 2));
  });
});
