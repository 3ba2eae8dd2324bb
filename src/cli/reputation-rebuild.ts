import { Tx } from '../database/tx.js';
import { LedgerService } from '../reputation/ledger.service.js';
import { runCli, withApp } from './cli-app.js';

// npm run reputation:rebuild: recomputes every member's reputation from the ledger.
void runCli(async () => {
  await withApp(async (app) => {
    const tx = app.get(Tx);
    const changed = await tx.run((em) => app.get(LedgerService).rebuild(em));
    const [{ n }] = await tx.em.query(`SELECT count(*)::int AS n FROM users`);
    console.log(`reputation rebuilt from the ledger for ${n} members; ${changed} figures differed and were corrected`);
  });
});
