// Tokens live in localStorage so a reload or a second tab stays signed in. Every read goes back to
// storage: another tab may have rotated the refresh token since, and reusing an old one would make
// the server revoke the whole session family.

export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, in this browser's clock (ms since epoch). */
  expiresAt: number;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
}

const KEY = 'peerdesk.session';
const listeners = new Set<() => void>();
let cachedRaw: string | null = null;
let cached: StoredSession | null = null;
// Used only when storage is disabled (private mode, policy): the session then lasts this page.
let memoryRaw: string | null = null;
let storageWorks = true;

function parse(raw: string | null): StoredSession | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof value.accessToken !== 'string' || typeof value.refreshToken !== 'string' || typeof value.expiresAt !== 'number') return null;
    return value as StoredSession;
  } catch {
    return null;
  }
}

function readRaw(): string | null {
  if (!storageWorks) return memoryRaw;
  try {
    return localStorage.getItem(KEY);
  } catch {
    storageWorks = false;
    return memoryRaw;
  }
}

function writeRaw(raw: string | null): void {
  memoryRaw = raw;
  if (!storageWorks) return;
  try {
    if (raw === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, raw);
  } catch {
    storageWorks = false;
  }
}

/** The current session, or null when signed out. Stable identity while storage is unchanged. */
export function getSession(): StoredSession | null {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parse(raw);
  }
  return cached;
}

// The server's clock may differ from this browser's, so keep the token's lifetime (exp - iat from
// the server) rather than its absolute expiry, and count it from now.
function lifetimeMs(tokens: SessionTokens): number {
  const expiresAt = Date.parse(tokens.accessTokenExpiresAt);
  try {
    const payload = tokens.accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { iat } = JSON.parse(atob(payload)) as { iat?: number };
    if (typeof iat === 'number' && Number.isFinite(expiresAt)) return expiresAt - iat * 1000;
  } catch {
    // Not a JWT we can read: fall back to the absolute expiry below.
  }
  return Number.isFinite(expiresAt) ? expiresAt - Date.now() : 0;
}

export function saveSession(tokens: SessionTokens): StoredSession {
  const session = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: Date.now() + lifetimeMs(tokens) };
  writeRaw(JSON.stringify(session));
  notify();
  return session;
}

export function clearSession(): void {
  writeRaw(null);
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: fires on changes in this tab and in other tabs. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
