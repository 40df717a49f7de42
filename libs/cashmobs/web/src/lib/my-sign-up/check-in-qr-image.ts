import { toDataURL } from 'qrcode';

/**
 * The sign-up's check-in code as a QR image (a PNG data URL, ISO/IEC 18004, error correction M),
 * drawn where it is shown: nothing leaves the page. The organiser's phone reads the code itself.
 */
export function checkInQrImage(code: string): Promise<string> {
  return toDataURL(code, { errorCorrectionLevel: 'M', margin: 1, width: 440 });
}
