import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The committed schema.gql is what reviewers read; it must match what the code serves.
describe('schema.gql', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('matches the schema the application serves (npm run schema:emit rewrites it)', () => {
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    const file = `# Generated from the code-first schema by \`npm run schema:emit\`; do not edit.\n\n${served}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync('schema.gql', file);
    expect(readFileSync('schema.gql', 'utf8')).toBe(file);
  });
});
