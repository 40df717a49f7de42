import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { checkInQrImage } from './check-in-qr-image';

/** Reads a PNG data URL's QR code as a phone would (jsqr), after drawing it with resvg. */
function read(dataUrl: string): string | null {
  const image = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg"><image href="${dataUrl}"/></svg>`, {
    background: '#ffffff',
  }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
}

describe('the check-in QR code of a sign-up', () => {
  it('reads back, with a decoder, as the very check-in code the organiser checks in with', async () => {
    // The shape of a real code: the sign-up's id, a dot, 16 characters of a keyed MAC.
    const code = '6f1c2c1e-8d4b-4f7e-9d7a-0b8c1d2e3f40.q1W-e_rT5yU7iO9p';
    const image = await checkInQrImage(code);
    expect(image).toMatch(/^data:image\/png;base64,/);
    expect(read(image)).toBe(code);
  }, 30_000);
});
