const KEY = 'peerdesk.search-session';

/**
 * A random key for this tab's visit, sent with searches and ask-form suggestion events so the
 * server can relate them (did the suggestions keep someone from asking?). Not an identity.
 */
export function searchSessionKey(): string {
  try {
    const existing = sessionStorage.getItem(KEY);
    if (existing) return existing;
    const fresh = crypto.randomUUID().replace(/-/g, '');
    sessionStorage.setItem(KEY, fresh);
    return fresh;
  } catch {
    // Storage refused (private mode): a key for this page load still relates its events.
    return (fallback ??= crypto.randomUUID().replace(/-/g, ''));
  }
}

let fallback: string | undefined;
