/**
 * Runs one step of adding a plan in its own worker (plan.worker.ts) and settles exactly once: with the
 * worker's answer, with `failed` when the worker errors, or with `cancelled` when the planner cancels —
 * `terminate()` fires no event, so cancelling settles the promise itself (the bug of issue 14 in
 * state/imports.ts, not repeated here). The worker factory is injectable for tests.
 */
import type { PlanReply, PlanRequest } from './plan.worker';

/** How a step ended. */
export type PlanOutcome = Exclude<PlanReply, { type: 'progress' }> | { type: 'cancelled' };

/** Progress of a step. */
export type PlanProgress = Extract<PlanReply, { type: 'progress' }>;

/** The part of a Worker the client uses. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<PlanReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: PlanRequest): void;
  terminate(): void;
}

/** A running step. */
export interface PlanJob {
  promise: Promise<PlanOutcome>;
  /** Stops the worker; the promise settles with `cancelled` (no-op once settled). */
  cancel(): void;
}

const REPLY_TYPES: ReadonlySet<unknown> = new Set(['progress', 'decoded', 'ingested', 'failed']);

/**
 * True for a message of plan.worker.ts. pdf.js, loaded inside that worker, also talks on the worker's
 * port (its handler announces itself with `{ action: 'ready' }` when it sees a worker scope): such
 * messages are not ours and are ignored.
 */
export function isPlanReply(data: unknown): data is PlanReply {
  return typeof data === 'object' && data !== null && REPLY_TYPES.has((data as { type?: unknown }).type);
}

const createWorker = (): WorkerLike => new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

/** Starts a step. */
export function startPlanJob(request: PlanRequest, onProgress: (p: PlanProgress) => void = () => undefined, create: () => WorkerLike = createWorker): PlanJob {
  const worker = create();
  let settle: (outcome: PlanOutcome) => void = () => undefined;
  let settled = false;
  const promise = new Promise<PlanOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(outcome);
    };
  });
  worker.onmessage = (event) => {
    const reply: unknown = event.data;
    if (!isPlanReply(reply)) return;
    if (reply.type === 'progress') onProgress(reply);
    else settle(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ type: 'failed', detail: event.message || 'worker failed' });
  };
  worker.postMessage(request);
  return { promise, cancel: () => settle({ type: 'cancelled' }) };
}
