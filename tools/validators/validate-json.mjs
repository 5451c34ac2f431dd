// Validates one JSON document (read from standard input) against a JSON schema (draft-07), formats checked.
// Usage: node validate-json.mjs path/to/schema.json < document.json
// Prints {"valid":true|false,"errors":[{"path":"/...","message":"..."}]}; exit 0 when valid, 1 when not, 2 on errors.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

process.on('uncaughtException', (e) => {
  console.error(`validator error: ${e.stack ?? e}`);
  process.exit(2);
});

const schemaFile = process.argv[2];
if (!schemaFile) {
  console.error('usage: node validate-json.mjs <schema.json> < document.json');
  process.exit(2);
}
// GS1's linkset schema names itself with "@id" (JSON-LD style), which is no JSON-schema keyword: dropped.
const { '@id': _ignored, ...schema } = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const document = JSON.parse(readFileSync(0, 'utf8'));
const valid = validate(document);
const errors = (validate.errors ?? []).map((e) => ({
  path: e.instancePath,
  message: `${e.message}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`,
}));
console.log(JSON.stringify({ valid, errors }));
process.exit(valid ? 0 : 1);
