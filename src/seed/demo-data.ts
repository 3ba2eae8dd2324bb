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

export const DEMO_CATEGORIES = [
  { slug: 'billing', name: 'Billing & payments', description: 'Invoices, direct debit, advance payments and refunds.' },
  { slug: 'solar-panels', name: 'Solar panels', description: 'Feed-in, inverters, netting and returns on your solar installation.' },
  { slug: 'smart-meter', name: 'Smart meter', description: 'Readings, P1 port, meter swaps and usage insights.' },
  { slug: 'internet-tv', name: 'Internet & TV', description: 'Fibre and DSL, routers, outages, TV packages.' },
  { slug: 'contracts', name: 'Contracts & moving', description: 'Tariffs, switching, moving house, ending a contract.' },
];

export const DEMO_TAGS = ['invoice', 'direct-debit', 'refund', 'inverter', 'feed-in', 'p1-port', 'meter-reading', 'router', 'outage', 'wifi', 'tariff', 'moving', 'termination'];

/** Threads of the demo community: asker, answers (author, text), which is accepted, and upvoters. */
export const DEMO_THREADS: Array<{
  category: string;
  asker: string;
  title: string;
  body: string;
  tags: string[];
  answers: Array<{ author: string; body: string }>;
  accepted?: number;
  upvoters?: string[];
}> = [
  {
    category: 'billing',
    asker: 'Mo_Member',
    title: 'Why did my advance payment go up by 40 euro?',
    body: 'I received a letter that my monthly advance payment goes from **95** to **135** euro. My usage did not change. How is this amount calculated?',
    tags: ['invoice', 'tariff'],
    answers: [
      { author: 'Eva_Expert', body: 'The advance is your expected yearly cost divided by 12. When tariffs rise, the advance follows. You can lower it yourself in *My Voltaro > Advance payment* down to 80% of the advice.' },
      { author: 'Nina_New', body: 'Same here, mine went up in January as well. I think everyone got a new tariff.' },
    ],
    accepted: 0,
    upvoters: ['Sam_Webcare', 'Nina_New'],
  },
  {
    category: 'solar-panels',
    asker: 'Nina_New',
    title: 'Inverter shows error 301 every morning',
    body: 'Since last week my inverter shows **error 301** around 8:00 and produces nothing until noon. Is this a grid problem or is my inverter broken?',
    tags: ['inverter', 'feed-in'],
    answers: [
      { author: 'Eva_Expert', body: 'Error 301 on most inverters means the grid voltage is too high, so it switches off to protect the grid. Ask your grid operator to measure the voltage; if it stays above 253 V they must fix it.' },
    ],
    accepted: 0,
    upvoters: ['Mo_Member', 'Sam_Webcare'],
  },
  {
    category: 'smart-meter',
    asker: 'Mo_Member',
    title: 'How do I read my smart meter through the P1 port?',
    body: 'I bought a P1 dongle. Which settings do I need and do I have to ask Voltaro to enable the port?',
    tags: ['p1-port', 'meter-reading'],
    answers: [
      { author: 'Nina_New', body: 'The P1 port is always on for DSMR 4 and 5 meters, you do not need to ask. Plug in the dongle and pick DSMR 5 at 115200 baud.' },
    ],
    upvoters: ['Eva_Expert'],
  },
  {
    category: 'internet-tv',
    asker: 'Nina_New',
    title: 'Fibre connection drops every evening around 21:00',
    body: 'My internet drops for about five minutes every evening. The router LED turns red. I have already restarted the router several times.',
    tags: ['outage', 'router'],
    answers: [],
  },
  {
    category: 'contracts',
    asker: 'Mo_Member',
    title: 'Can I take my fixed tariff with me when I move house?',
    body: 'I have a three-year fixed contract and move to another city next month. Does my tariff move with me or do I get a new contract?',
    tags: ['moving', 'tariff'],
    answers: [
      { author: 'Sam_Webcare', body: 'Your fixed tariff moves with you: report the move at least five working days ahead in My Voltaro and we transfer the contract to the new address with the same end date.' },
    ],
    accepted: 0,
  },
  {
    category: 'billing',
    asker: 'Nina_New',
    title: 'Direct debit failed twice, will I get a reminder fee?',
    body: 'My bank refused the direct debit twice because of a new account number. What happens now and how do I change the account?',
    tags: ['direct-debit'],
    answers: [],
  },
];
