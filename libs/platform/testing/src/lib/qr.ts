import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { inflateSync } from 'node:zlib';

/**
 * QR codes read back as a phone's camera app would (ISO/IEC 18004, decoded by `jsqr`), from every form
 * the platform makes them in: an SVG (drawn first by resvg), a PNG, a data URL of either, or the
 * images inside a PDF. Each answers the text the code holds, or null when no code can be read.
 */
function decode(pixels: Uint8Array, width: number, height: number): string | null {
  return jsQR(new Uint8ClampedArray(pixels), width, height)?.data ?? null;
}

/** An SVG QR code drawn at `size` pixels on white, then read. */
export function readQrSvg(svg: string, size = 400): string | null {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: '#ffffff' }).render();
  return decode(image.pixels, image.width, image.height);
}

/** A PNG (or JPEG) QR code, read. */
export function readQrPng(png: Buffer): string | null {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg, { background: '#ffffff' }).render();
  return decode(image.pixels, image.width, image.height);
}

/** A `data:image/svg+xml` or `data:image/png` URL (what an `<img src>` shows), read. */
export function readQrDataUrl(url: string): string | null {
  const match = /^data:(image\/svg\+xml|image\/png)(;base64)?,(.*)$/s.exec(url);
  if (!match) throw new Error(`Not an SVG or PNG data URL: ${url.slice(0, 40)}…`);
  const bytes = match[2] ? Buffer.from(match[3], 'base64') : Buffer.from(decodeURIComponent(match[3]));
  return match[1] === 'image/png' ? readQrPng(bytes) : readQrSvg(bytes.toString('utf8'));
}

/** Reverses PNG row filters (a PDF image stream with `/Predictor` ≥ 10). */
function unfilterRows(data: Buffer, columns: number, channels: number): Buffer {
  const stride = columns * channels;
  const rows = data.length / (stride + 1);
  const out = Buffer.alloc(rows * stride);
  for (let y = 0; y < rows; y++) {
    const type = data[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const raw = data[y * (stride + 1) + 1 + x];
      const left = x >= channels ? out[y * stride + x - channels] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? out[(y - 1) * stride + x - channels] : 0;
      const p = left + up - upLeft;
      const paeth =
        Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft)
          ? left
          : Math.abs(p - up) <= Math.abs(p - upLeft)
            ? up
            : upLeft;
      const predicted = [0, left, up, (left + up) >> 1, paeth][type] ?? 0;
      out[y * stride + x] = (raw + predicted) & 255;
    }
  }
  return out;
}

/**
 * The QR codes in a PDF's images (8-bit DeviceRGB or DeviceGray, Flate-compressed, as pdfkit embeds a
 * PNG), read; images that hold no code are left out.
 */
export function readQrCodesInPdf(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const found: string[] = [];
  const objects = /\d+ 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\r?\n/g;
  for (let match = objects.exec(text); match; match = objects.exec(text)) {
    const dict = match[1];
    if (!/\/Subtype\s*\/Image/.test(dict) || !/\/Filter\s*\/FlateDecode/.test(dict)) continue;
    const width = Number(/\/Width\s+(\d+)/.exec(dict)?.[1]);
    const height = Number(/\/Height\s+(\d+)/.exec(dict)?.[1]);
    const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
    const channels = /\/ColorSpace\s*\/DeviceRGB/.test(dict) ? 3 : /\/ColorSpace\s*\/DeviceGray/.test(dict) ? 1 : 0;
    if (!width || !height || !length || !channels || !/\/BitsPerComponent\s+8/.test(dict)) continue;
    const start = match.index + match[0].length;
    let samples: Buffer = inflateSync(pdf.subarray(start, start + length));
    if (Number(/\/Predictor\s+(\d+)/.exec(dict)?.[1] ?? 1) >= 10) samples = unfilterRows(samples, width, channels);
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      for (let c = 0; c < 3; c++) rgba[i * 4 + c] = samples[i * channels + (channels === 3 ? c : 0)];
      rgba[i * 4 + 3] = 255;
    }
    const data = decode(rgba, width, height);
    if (data !== null) found.push(data);
  }
  return found;
}
