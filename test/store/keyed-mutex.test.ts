// The in-process lock: one key's work runs in order, other keys are not held up, and errors release the lock.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { KeyedMutex } from '../../src/store/keyed-mutex.js';

describe('KeyedMutex', () => {
  it('runs work for one key one after another, and other keys alongside', async () => {
    const mutex = new KeyedMutex();
    const order: string[] = [];
    const job = (key: string, name: string, ms: number) =>
      mutex.run(key, async () => {
        order.push(`${name} starts`);
        await sleep(ms);
        order.push(`${name} ends`);
      });
    await Promise.all([job('a', 'a1', 30), job('a', 'a2', 1), job('b', 'b1', 1)]);
    expect(order).toEqual(['a1 starts', 'b1 starts', 'b1 ends', 'a1 ends', 'a2 starts', 'a2 ends']);
    expect(mutex.size).toBe(0);
  });

  it('releases the key when the work throws', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await mutex.run('a', async () => 'next')).toBe('next');
    expect(mutex.size).toBe(0);
  });
});
