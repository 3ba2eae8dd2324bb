import { hashPassword } from '../auth/passwords.js';
import type { Role } from '../common/auth/actor.js';
import { Tx } from '../database/tx.js';
import { UsersService } from '../users/users.service.js';
import { parseArgs, runCli, withApp } from './cli-app.js';

// npm run user:create -- --email agent@example.com --name agent --role STAFF [--password ...]
void runCli(async () => {
  const args = parseArgs();
  const role = (args.role ?? 'MEMBER').toUpperCase() as Role;
  if (!args.email || !['MEMBER', 'STAFF', 'ADMIN'].includes(role)) {
    throw new Error('usage: npm run user:create -- --email EMAIL [--name DISPLAY_NAME] [--role MEMBER|STAFF|ADMIN] [--password PASSWORD]');
  }
  const password = args.password ?? (await import('node:crypto')).randomBytes(12).toString('base64url');
  if (password.length < 10) throw new Error('password must be at least 10 characters');
  const displayName = args.name ?? args.email.split('@')[0].replace(/[^\p{L}\p{N}_.-]/gu, '').slice(0, 30);
  await withApp(async (app) => {
    const user = await app.get(Tx).run(async (em) =>
      app.get(UsersService).create(em, { email: args.email, displayName, passwordHash: await hashPassword(password), role }),
    );
    console.log(`created ${user.role} ${user.displayName} <${user.email}>${args.password ? '' : ` with password ${password}`}`);
  });
});
