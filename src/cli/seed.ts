import { hashPassword } from '../auth/passwords.js';
import type { Actor } from '../common/auth/actor.js';
import { Tx } from '../database/tx.js';
import { ExpertsService } from '../experts/experts.service.js';
import { AnswersService } from '../forum/answers/answers.service.js';
import { CategoriesService } from '../forum/categories/categories.service.js';
import { ThreadsService } from '../forum/threads/threads.service.js';
import { VotesService } from '../forum/votes/votes.service.js';
import { VoteValue } from '../forum/forum.types.js';
import { DEMO_ACCOUNTS, DEMO_CATEGORIES, DEMO_PASSWORD, DEMO_TAGS, DEMO_THREADS } from '../seed/demo-data.js';
import { UsersService } from '../users/users.service.js';
import { runCli, withApp } from './cli-app.js';

// npm run seed: loads the demo community through the services; running it again changes nothing.
void runCli(async () => {
  await withApp(async (app) => {
    const tx = app.get(Tx);
    const users = app.get(UsersService);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const created = { accounts: 0, categories: 0, threads: 0 };

    for (const account of DEMO_ACCOUNTS) {
      await tx.run(async (em) => {
        if ((await em.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [account.email])).length) return;
        await users.create(em, { ...account, passwordHash });
        created.accounts++;
      });
    }
    // Actors are read fresh each time: reputation changes as the seed votes and accepts.
    const actor = async (displayName: string): Promise<Actor> => {
      const u = await users.findByDisplayName(tx.em, displayName);
      return { id: u!.id, role: u!.role, displayName: u!.displayName, reputation: u!.reputation };
    };
    const admin = await actor('Ada_Admin');

    const categories = app.get(CategoriesService);
    const existing = new Map((await categories.list(true)).map((c) => [c.slug, c.id]));
    for (const c of DEMO_CATEGORIES) {
      if (existing.has(c.slug)) continue;
      existing.set(c.slug, (await categories.create(c)).id);
      created.categories++;
    }
    await tx.em.query(`INSERT INTO tags (name, created_by, created_at) SELECT unnest($1::text[]), $2, now() ON CONFLICT (name) DO NOTHING`, [DEMO_TAGS, admin.id]);

    const experts = app.get(ExpertsService);
    const eva = await actor('Eva_Expert');
    for (const slug of ['billing', 'solar-panels']) {
      if (!(await experts.isExpert(tx.em, eva.id, existing.get(slug)!))) await experts.certify(admin, { userId: eva.id, categoryId: existing.get(slug)! });
    }

    const threads = app.get(ThreadsService);
    const answers = app.get(AnswersService);
    const votes = app.get(VotesService);
    for (const t of DEMO_THREADS) {
      if ((await tx.em.query(`SELECT 1 FROM threads WHERE title = $1`, [t.title])).length) continue;
      const thread = await threads.ask(await actor(t.asker), { categoryId: existing.get(t.category)!, title: t.title, body: t.body, tags: t.tags });
      const posted = [];
      for (const a of t.answers) posted.push(await answers.answer(await actor(a.author), { threadId: thread.id, body: a.body }));
      if (t.accepted !== undefined) await answers.accept(await actor(t.asker), posted[t.accepted].id);
      // Demo voters vote with staff rights: a fresh community has nobody with the voting privilege yet.
      for (const voter of t.upvoters ?? []) {
        const v = await actor(voter);
        if (v.id !== thread.authorId) await votes.vote({ ...v, role: 'STAFF' }, thread.id, VoteValue.UP);
        if (posted[0] && posted[0].authorId !== v.id) await votes.vote({ ...v, role: 'STAFF' }, posted[0].id, VoteValue.UP);
      }
      created.threads++;
    }

    console.log(`seed: created ${created.accounts} accounts, ${created.categories} categories, ${created.threads} threads (existing ones left as they were)`);
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(22)} ${a.note}`);
  });
});
