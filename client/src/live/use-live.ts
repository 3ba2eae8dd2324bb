import { useEffect, useRef, useSyncExternalStore } from 'react';
import { getLiveStatus, subscribeLiveStatus, type LiveStatus } from './live-link';

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribeLiveStatus, getLiveStatus);
}

/**
 * Calls `onReconnect` when the live connection comes back after it was lost while this component
 * was mounted: messages sent meanwhile are not replayed, so what is shown must be fetched again.
 */
export function useLiveReconnect(onReconnect: () => void): LiveStatus {
  const status = useLiveStatus();
  const wasConnected = useRef(false);
  const dropped = useRef(false);
  const callback = useRef(onReconnect);
  useEffect(() => {
    callback.current = onReconnect;
  });
  useEffect(() => {
    if (status === 'connected') {
      if (dropped.current) callback.current();
      dropped.current = false;
      wasConnected.current = true;
    } else if (wasConnected.current) {
      dropped.current = true;
    }
  }, [status]);
  return status;
}
