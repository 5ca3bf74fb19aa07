import { describe, expect, it } from 'vitest';
import { onPendingWrites, pendingWrites, trackWrite } from '../../src/storage/pending';

describe('pending workspace writes', () => {
  it('counts a write from the request until it settles, resolved or rejected', async () => {
    const seen: number[] = [];
    const stop = onPendingWrites((n) => seen.push(n));
    const start = pendingWrites();
    let resolveA: () => void = () => undefined;
    let rejectB: (e: Error) => void = () => undefined;
    const a = trackWrite(new Promise<void>((r) => { resolveA = r; }));
    const b = trackWrite(new Promise<void>((_, r) => { rejectB = r; }));
    expect(pendingWrites()).toBe(start + 2);
    resolveA();
    await a;
    expect(pendingWrites()).toBe(start + 1);
    rejectB(new Error('quota'));
    await expect(b).rejects.toThrow('quota');
    expect(pendingWrites()).toBe(start);
    stop();
    expect(seen).toEqual([start + 1, start + 2, start + 1, start]);
  });
});
