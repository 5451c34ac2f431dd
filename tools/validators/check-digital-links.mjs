// Parses GS1 Digital Link URIs (one per line on standard input) with GS1's digital-link.js, independently of our code.
// Prints a JSON array [{"uri":...,"valid":true|false,"identifier":{...},"keyQualifiers":{...},"attributes":{...}}];
// exit 0 when every URI is valid, 1 when one is not, 2 on errors.
// With the argument "compress": compresses each URI instead (digital-link.js's default, optimisation codes on) and
// prints [{"uri":...,"compressed":...|null,"error":...}]; exit 0 when every URI was compressed, 1 when one was not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DigitalLink, Utils } = require('digital-link.js');

process.on('uncaughtException', (e) => {
  console.error(`checker error: ${e.stack ?? e}`);
  process.exit(2);
});

const uris = readFileSync(0, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);

function parse(uri) {
  let valid = false;
  let parsed = {};
  try {
    const link = DigitalLink(uri);
    valid = link.isValid();
    parsed = JSON.parse(link.toJsonString());
  } catch (e) {
    parsed = { error: String(e.message ?? e) };
  }
  return { uri, valid, identifier: parsed.identifier, keyQualifiers: parsed.keyQualifiers,
    attributes: parsed.attributes, error: parsed.error };
}

function compress(uri) {
  try {
    return { uri, compressed: Utils.compressWebUri(uri), valid: true };
  } catch (e) {
    return { uri, compressed: null, valid: false, error: String(e.message ?? e) };
  }
}

const results = uris.map(process.argv[2] === 'compress' ? compress : parse);
console.log(JSON.stringify(results));
// exitCode rather than exit(): a large piped output is written out before node ends
process.exitCode = results.every((r) => r.valid) ? 0 : 1;
