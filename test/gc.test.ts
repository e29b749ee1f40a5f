// The garbage budget of a long extraction in one thread (src/gc.ts): it collects once the heap holds more
// garbage than it holds alive (and more than a floor), measures what is alive again, and gives up where
// this process cannot collect.
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { GarbageBudget } from '../src/gc.js';

const MB = 1024 * 1024;

/** A heap whose used size the test sets, and a collector that brings it down to `alive`. */
function fakeHeap(start: number) {
  const heap = { used: start, alive: start, collections: 0, canCollect: true };
  const budget = new GarbageBudget({
    floor: 64 * MB,
    usedHeap: () => heap.used,
    collect: () => {
      if (!heap.canCollect) return false;
      heap.collections++;
      heap.used = heap.alive;
      return true;
    },
  });
  return { heap, budget };
}

describe('GarbageBudget', () => {
  it('leaves garbage under the floor alone', () => {
    const { heap, budget } = fakeHeap(10 * MB);
    heap.used = 74 * MB;
    expect(budget.check()).toBe(false);
    expect(heap.collections).toBe(0);
  });

  it('collects once the garbage is over the floor, and measures again from what is left', () => {
    const { heap, budget } = fakeHeap(10 * MB);
    heap.alive = 30 * MB;
    heap.used = 75 * MB;
    expect(budget.check()).toBe(true);
    expect(heap.used).toBe(30 * MB);
    // From 30 MB alive, the next collection is due past 30 + 64 MB.
    heap.used = 94 * MB;
    expect(budget.check()).toBe(false);
    heap.used = 95 * MB;
    expect(budget.check()).toBe(true);
    expect(heap.collections).toBe(2);
  });

  it('allows as much garbage as is alive when that is more than the floor', () => {
    const { heap, budget } = fakeHeap(10 * MB);
    heap.alive = 100 * MB;
    heap.used = 200 * MB;
    expect(budget.check()).toBe(true);
    heap.alive = 120 * MB;
    heap.used = 200 * MB;
    expect(budget.check()).toBe(false);
    heap.used = 201 * MB;
    expect(budget.check()).toBe(true);
    expect(heap.used).toBe(120 * MB);
  });

  it('stops asking where the process cannot collect', () => {
    const { heap, budget } = fakeHeap(10 * MB);
    heap.canCollect = false;
    heap.used = 500 * MB;
    expect(budget.check()).toBe(false);
    heap.canCollect = true;
    heap.used = 5000 * MB;
    expect(budget.check()).toBe(false);
    expect(heap.collections).toBe(0);
  });

  it('collects for real with V8 underneath', () => {
    // More new data than the heap held when the budget started: the default heap reading sees it, and the
    // default collector (gc, exposed on the fly) runs. The data stays reachable, so no collection of V8's
    // own can take it away first.
    const budget = new GarbageBudget({ floor: 1 * MB });
    const start = v8.getHeapStatistics().used_heap_size;
    const held: number[][] = [];
    for (let bytes = 0; bytes < start + 8 * MB; bytes += 8 * 32 * 1024) held.push(new Array<number>(32 * 1024).fill(held.length + 0.5));
    expect(budget.check()).toBe(true);
    expect(held.length).toBeGreaterThan(0);
  });
});
