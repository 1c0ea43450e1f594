import type { Part } from '@loket/domain';
import { useEffect } from 'react';

/** A case as the queue listed it: enough to link to it and to name the link. */
export interface QueuedCase {
  id: string;
  reference: string;
}

/** The queue as the caseworker last saw it, so the case page can step to the next and previous case. */
export interface QueueOrder {
  /** The queue's address with its filter, to go back to the same list. */
  url: string;
  /** The filter's name, e.g. "Submitted". */
  label: string;
  items: QueuedCase[];
}

export interface Neighbours {
  /** 1-based position of the case in the queue. */
  position: number;
  total: number;
  previous: QueuedCase | undefined;
  next: QueuedCase | undefined;
}

const storageKey = (part: Part) => `loket.queue-order.${part}`;

/** Where the order is kept: per browser tab (sessionStorage), so two tabs keep two queues. */
function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveQueueOrder(part: Part, order: QueueOrder, store: Storage | undefined = storage()): void {
  try {
    store?.setItem(storageKey(part), JSON.stringify(order));
  } catch {
    // Storage full or disabled: next and previous are a convenience, the queue still works.
  }
}

export function readQueueOrder(part: Part, store: Storage | undefined = storage()): QueueOrder | undefined {
  try {
    const raw = store?.getItem(storageKey(part));
    if (!raw) return undefined;
    const o = JSON.parse(raw) as Partial<QueueOrder>;
    if (typeof o.url !== 'string' || typeof o.label !== 'string' || !Array.isArray(o.items)) return undefined;
    const items = o.items.filter(
      (i): i is QueuedCase =>
        typeof i === 'object' && i !== null && typeof i.id === 'string' && typeof i.reference === 'string',
    );
    return { url: o.url, label: o.label, items };
  } catch {
    return undefined;
  }
}

/** The case's place in the queue and the cases before and after it; undefined when it is not in it. */
export function neighboursOf(order: QueueOrder | undefined, id: string): Neighbours | undefined {
  if (!order) return undefined;
  const index = order.items.findIndex((i) => i.id === id);
  if (index < 0) return undefined;
  return {
    position: index + 1,
    total: order.items.length,
    previous: order.items[index - 1],
    next: order.items[index + 1],
  };
}

/** The queue keeps the order it shows, for the case page's next and previous case. */
export function useRememberQueueOrder(
  part: Part,
  items: readonly QueuedCase[] | undefined,
  url: string,
  label: string,
): void {
  const signature = items ? items.map((i) => `${i.id}:${i.reference}`).join(',') : undefined;
  useEffect(() => {
    if (!items) return;
    saveQueueOrder(part, { url, label, items: items.map(({ id, reference }) => ({ id, reference })) });
  }, [part, signature, url, label]);
}
