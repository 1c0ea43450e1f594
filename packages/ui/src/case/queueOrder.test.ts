import { describe, expect, it } from 'vitest';
import { neighboursOf, readQueueOrder, saveQueueOrder } from './queueOrder.ts';

class MemoryStorage {
  values = new Map<string, string>();
  getItem(k: string) {
    return this.values.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.values.set(k, v);
  }
}

const order = {
  url: '/?state=submitted',
  label: 'Submitted',
  items: [
    { id: 'a', reference: 'LKT-1' },
    { id: 'b', reference: 'LKT-2' },
    { id: 'c', reference: 'LKT-3' },
  ],
};

describe('the queue order for next and previous case', () => {
  it('is kept per part and read back', () => {
    const store = new MemoryStorage() as unknown as Storage;
    saveQueueOrder('work', order, store);
    expect(readQueueOrder('work', store)).toEqual(order);
    expect(readQueueOrder('residence', store)).toBeUndefined();
  });

  it('ignores what it cannot read', () => {
    const store = new MemoryStorage();
    store.setItem('loket.queue-order.work', '{not json');
    expect(readQueueOrder('work', store as unknown as Storage)).toBeUndefined();
    store.setItem('loket.queue-order.work', JSON.stringify({ url: '/', label: 'All', items: [{ id: 1 }] }));
    expect(readQueueOrder('work', store as unknown as Storage)?.items).toEqual([]);
  });

  it('finds the cases before and after, and the position', () => {
    expect(neighboursOf(order, 'b')).toEqual({
      position: 2,
      total: 3,
      previous: { id: 'a', reference: 'LKT-1' },
      next: { id: 'c', reference: 'LKT-3' },
    });
    expect(neighboursOf(order, 'a')?.previous).toBeUndefined();
    expect(neighboursOf(order, 'c')?.next).toBeUndefined();
    expect(neighboursOf(order, 'x')).toBeUndefined();
    expect(neighboursOf(undefined, 'a')).toBeUndefined();
  });
});
