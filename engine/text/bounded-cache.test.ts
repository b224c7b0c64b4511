import { describe, expect, it } from 'vitest';
import { BoundedCache, scaleCacheBounds } from './bounded-cache.ts';

describe('BoundedCache', () => {
  it('keeps an entry used in the last generation and drops one that was not, within its entry bound', () => {
    const cache = new BoundedCache<string, number>(4); // two generations of two
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // young full: a and b become old
    expect(cache.get('a')).toBe(1); // back to the young generation
    cache.set('d', 4); // young (c, a) full: it becomes old, b is dropped
    expect([cache.get('b'), cache.get('c'), cache.get('a'), cache.get('d')]).toEqual([undefined, 3, 1, 4]);
    for (let i = 0; i < 100; i++) {
      cache.set(`k${i}`, i);
      expect(cache.size).toBeLessThanOrEqual(4);
    }
  });

  it('holds to its weight bound and does not store an entry heavier than a generation', () => {
    const cache = new BoundedCache<string, number>(100, 10); // two generations of weight 5
    cache.set('a', 1, 4);
    cache.set('b', 2, 4); // a becomes old
    cache.set('c', 3, 4); // b becomes old, a is dropped
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.weight]).toEqual([undefined, 2, 3, 8]);
    cache.set('huge', 4, 6);
    expect([cache.get('huge'), cache.size]).toEqual([undefined, 2]);
    cache.set('b', 5, 1);
    expect(cache.get('b')).toBe(5);
    expect(cache.weight).toBeLessThanOrEqual(10);
    cache.clear();
    expect([cache.size, cache.weight]).toEqual([0, 0]);
  });

  it('scales the bounds of caches made before and after scaleCacheBounds, and rejects a scale outside (0, 1]', () => {
    const before = new BoundedCache<string, number>(8, 80);
    try {
      scaleCacheBounds(0.5);
      const after = new BoundedCache<string, number>(8, 80);
      for (const cache of [before, after]) {
        for (let i = 0; i < 20; i++) cache.set(`k${i}`, i, 5);
        expect(cache.size).toBeLessThanOrEqual(4);
        expect(cache.weight).toBeLessThanOrEqual(40);
        cache.set('heavy', 0, 30); // heavier than a generation's 20 at half bounds
        expect(cache.get('heavy')).toBeUndefined();
      }
      expect(() => scaleCacheBounds(0)).toThrow(RangeError);
      expect(() => scaleCacheBounds(1.5)).toThrow(RangeError);
    } finally {
      scaleCacheBounds(1);
    }
    for (let i = 0; i < 20; i++) before.set(`k${i}`, i, 5);
    expect(before.size).toBeGreaterThan(4); // back to generations of four
  });
});
