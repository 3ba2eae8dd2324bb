import { useEffect } from 'react';

/** Sets the tab title; screen readers announce it on navigation. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Peerdesk` : 'Peerdesk';
  }, [title]);
}
