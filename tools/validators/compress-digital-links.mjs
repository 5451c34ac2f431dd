// Compresses GS1 Digital Link URIs (one per line on standard input) with GS1's digital-link.js (its default:
// optimisation codes on), independently of our code. Prints a JSON array [{"uri":...,"compressed":...|null,"error":...}];
// exit 0 when every URI was compressed, 1 when one was not, 2 on errors.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Utils } = require('digital-link.js');

process.on('uncaughtException', (e) => {
  console.error(`checker error: ${e.stack ?? e}`);
  process.exit(2);
});

const uris = readFileSync(0, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
const results = uris.map((uri) => {
  try {
    return { uri, compressed: Utils.compressWebUri(uri) };
  } catch (e) {
    return { uri, compressed: null, error: String(e.message ?? e) };
  }
});
console.log(JSON.stringify(results));
// exitCode rather than exit(): a large piped output is written out before node ends
process.exitCode = results.every((r) => r.compressed !== null) ? 0 : 1;
