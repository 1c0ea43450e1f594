import { describe, expect, it } from 'vitest';
import { createBufferBudget } from './buffer-budget.ts';

describe('buffer budget', () => {
  it('holds back a request until enough bytes are given back, in arrival order', async () => {
    const budget = createBufferBudget(10);
    const first = await budget.acquire(6);
    const order: string[] = [];
    const second = budget.acquire(6).then((release) => {
      order.push('second');
      return release;
    });
    const third = budget.acquire(2).then((release) => {
      order.push('third');
      return release;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    expect(budget.held).toBe(6);
    first();
    first(); // giving back twice gives back once
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    expect(budget.held).toBe(0);
  });

  it('lets a request larger than the budget run alone rather than never', async () => {
    const budget = createBufferBudget(4);
    const release = await budget.acquire(100);
    expect(budget.held).toBe(4);
    release();
  });
});
