import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, runCli } from './cli-app.js';

// npm run migration:generate -- --name AddBadges
// Our schema is written in SQL (extensions, partial and expression indexes, tsvector columns that
// entity diffs cannot express), so this writes a timestamped migration to fill in and registers it.
void runCli(async () => {
  const { name } = parseArgs();
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: npm run migration:generate -- --name PascalCaseName');
  const ts = Date.now();
  const dir = join(process.cwd(), 'migrations');
  const file = `${ts}-${name}`;
  writeFileSync(
    join(dir, `${file}.ts`),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  async up(q: QueryRunner): Promise<void> {
    await q.query(\`\`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(\`\`);
  }
}
`,
  );
  const index = join(dir, 'index.ts');
  const source = readFileSync(index, 'utf8')
    .replace(/(\nexport const MIGRATIONS)/, `import { ${name}${ts} } from './${file}.js';\n$1`)
    .replace(/\];\s*$/, `, ${name}${ts}];\n`);
  writeFileSync(index, source);
  console.log(`created migrations/${file}.ts`);
});
