export default async function globalTeardown() {
  await globalThis.__PEERDESK_PG__?.stop();
}
