import jsQR from 'jsqr';
import type { Raster } from './raster';

/**
 * Reads a QR code from the raster. `dontInvert` halves the work (light-on-dark codes are rare in the wild);
 * the raster is already bounded in size, which bounds jsQR's time on photos with no code in them.
 */
export const readQrCode = (raster: Raster): string | null => {
  const code = jsQR(raster.rgba, raster.width, raster.height, { inversionAttempts: 'dontInvert' });
  return code === null || code.data === '' ? null : code.data;
};
