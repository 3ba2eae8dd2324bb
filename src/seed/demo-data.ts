import type { Role } from '../common/auth/actor.js';

/** The demo community of "Voltaro", a fictional energy and telecom company. */
export const DEMO_PASSWORD = 'peerdesk-demo';

export const DEMO_ACCOUNTS: Array<{ email: string; displayName: string; role: Role; note: string }> = [
  { email: 'admin@voltaro.test', displayName: 'Ada_Admin', role: 'ADMIN', note: 'admin: categories, teams, SLA policies, roles' },
  { email: 'agent@voltaro.test', displayName: 'Sam_Webcare', role: 'STAFF', note: 'webcare agent: queue, cases, moderation everywhere' },
  { email: 'expert@voltaro.test', displayName: 'Eva_Expert', role: 'MEMBER', note: 'member certified as expert for Billing and Solar panels' },
  { email: 'member@voltaro.test', displayName: 'Mo_Member', role: 'MEMBER', note: 'member with some reputation' },
  { email: 'newbie@voltaro.test', displayName: 'Nina_New', role: 'MEMBER', note: 'new member (reputation 1)' },
];
