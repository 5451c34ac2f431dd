// Decodes the QR code in a PNG file with jsQR, independently of ZXing.
// Usage: node decode-qr.mjs image.png   Prints the decoded text; exit 1 when no code is found, 2 on errors.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

process.on('uncaughtException', (e) => {
  console.error(`decoder error: ${e.stack ?? e}`);
  process.exit(2);
});
const png = PNG.sync.read(readFileSync(process.argv[2]));
const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
if (!code) {
  console.error('no QR code found');
  process.exit(1);
}
process.stdout.write(code.data);
