// Writes schema/govlint.schema.json from the same zod schema the loader validates with,
// so the editor's completion and the CLI's validation cannot drift (`npm run schema`;
// test/config-schema.test.ts fails when the file is stale).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchema } from '../engine/config/json-schema.ts';
import { allRules } from '../rules/index.ts';

const target = join(import.meta.dirname, '..', 'schema', 'govlint.schema.json');
writeFileSync(target, JSON.stringify(configJsonSchema(allRules), null, 2) + '\n');
console.log(`wrote ${target}`);
