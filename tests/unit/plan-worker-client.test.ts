import { describe, expect, it } from 'vitest';
import { startPlanJob, type WorkerLike } from '../../src/workers/planClient';
import type { PlanReply, PlanRequest } from '../../src/workers/plan.worker';

/** A worker stand-in: records what it is sent and whether it was terminated; the test plays its replies. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<PlanReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: PlanRequest[] = [];
  terminated = false;
  postMessage(message: PlanRequest): void { this.sent.push(message); }
  terminate(): void { this.terminated = true; }
  reply(data: PlanReply): void { this.onmessage?.({ data } as MessageEvent<PlanReply>); }
}

const request: PlanRequest = { type: 'decode', file: new File(['规划'], 'a.txt') };

describe('plan worker client', () => {
  it('passes progress on and settles with the answer, terminating the worker', async () => {
    const worker = new FakeWorker();
    const progress: number[] = [];
    const job = startPlanJob(request, (p) => progress.push(p.fraction), () => worker);
    expect(worker.sent).toEqual([request]);
    worker.reply({ type: 'progress', stage: 'read', fraction: 0.5 });
    worker.reply({ type: 'failed', detail: 'x' });
    await expect(job.promise).resolves.toEqual({ type: 'failed', detail: 'x' });
    expect(progress).toEqual([0.5]);
    expect(worker.terminated).toBe(true);
  });

  it('cancel settles the promise (terminate fires no event) and later replies are ignored', async () => {
    const worker = new FakeWorker();
    const job = startPlanJob(request, undefined, () => worker);
    job.cancel();
    await expect(job.promise).resolves.toEqual({ type: 'cancelled' });
    expect(worker.terminated).toBe(true);
    worker.reply({ type: 'failed', detail: 'late' });
    await expect(job.promise).resolves.toEqual({ type: 'cancelled' });
  });

  it('a worker error settles as failed', async () => {
    const worker = new FakeWorker();
    const job = startPlanJob(request, undefined, () => worker);
    worker.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    await expect(job.promise).resolves.toEqual({ type: 'failed', detail: 'boom' });
  });
});

describe('messages that are not the plan worker\'s', () => {
  it('are ignored (pdf.js announces itself on the same port)', async () => {
    const worker = new FakeWorker();
    const job = startPlanJob(request, undefined, () => worker);
    worker.onmessage?.({ data: { sourceName: 'worker', targetName: 'main', action: 'ready', data: null } } as unknown as MessageEvent<PlanReply>);
    worker.reply({ type: 'failed', detail: 'ours' });
    await expect(job.promise).resolves.toEqual({ type: 'failed', detail: 'ours' });
  });
});
