import { useSyncExternalStore } from 'react';

/**
 * The signed-in user's number of unread messages, shared by the navigation's count and the
 * messages page: marking a message read there updates the count in the header at once.
 */
let unread: number | undefined;
const listeners = new Set<() => void>();

export function setUnreadCount(count: number): void {
  if (count === unread) return;
  unread = count;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Undefined until first known. */
export function useUnreadCount(): number | undefined {
  return useSyncExternalStore(subscribe, () => unread);
}
