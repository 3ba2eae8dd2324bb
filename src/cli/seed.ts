import { hashPassword } from '../auth/passwords.js';
import { Tx } from '../database/tx.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-data.js';
import { UsersService } from '../users/users.service.js';
import { runCli, withApp } from './cli-app.js';

// npm run seed: loads the demo community; running it again changes nothing.
void runCli(async () => {
  await withApp(async (app) => {
    const tx = app.get(Tx);
    const users = app.get(UsersService);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      await tx.run(async (em) => {
        const [existing] = await em.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [account.email]);
        if (existing) return;
        await users.create(em, { ...account, passwordHash });
        created++;
      });
    }
    console.log(`seed: ${created} accounts created, ${DEMO_ACCOUNTS.length - created} already there`);
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(22)} ${a.note}`);
  });
});
