/**
 * Adds a plan document off the main thread. One worker per step: the page posts
 * `{ type: 'decode', file }` (read with progress, decode: txt / docx / PDF text layer, sha256 of the bytes)
 * or `{ type: 'ingest', input }` (the plan ingest of that one document with the app's gazetteer) and
 * terminates the worker afterwards, or to cancel (see planClient.ts).
 */
import { decodePlanFile, MAX_PLAN_BYTES, tooLarge } from '../plan/decode';
import type { DecodeResult } from '../plan/decode';
import { ingestAdded, type AddedInput, type AddedResult } from '../plan/addDocument';
import { readWithProgress } from './readFile';

/** Page → worker. */
export type PlanRequest = { type: 'decode'; file: File } | { type: 'ingest'; input: AddedInput };

/** Worker → page. */
export type PlanReply =
  | { type: 'progress'; stage: 'read' | 'decode' | 'ingest'; fraction: number }
  | { type: 'decoded'; result: DecodeResult; sha256: string }
  | { type: 'ingested'; result: AddedResult }
  | { type: 'failed'; detail: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: PlanReply) => scope.postMessage(reply);

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function handle(request: PlanRequest): Promise<PlanReply> {
  if (request.type === 'ingest') {
    post({ type: 'progress', stage: 'ingest', fraction: 0 });
    return { type: 'ingested', result: ingestAdded(request.input) };
  }
  const { file } = request;
  if (file.size > MAX_PLAN_BYTES) return { type: 'decoded', result: tooLarge(file.size), sha256: '' };
  const bytes = await readWithProgress(file, 0.05, (fraction) => post({ type: 'progress', stage: 'read', fraction }));
  const sha256 = await sha256Hex(bytes);
  post({ type: 'progress', stage: 'decode', fraction: 0 });
  const result = await decodePlanFile({ name: file.name, bytes }, (fraction) => post({ type: 'progress', stage: 'decode', fraction }));
  return { type: 'decoded', result, sha256 };
}

const REQUEST_TYPES: ReadonlySet<unknown> = new Set(['decode', 'ingest']);

scope.onmessage = (event: MessageEvent<unknown>) => {
  // pdf.js's in-thread handler listens on this scope too; messages meant for it are not requests.
  const request = event.data as Partial<PlanRequest> | null;
  if (typeof request !== 'object' || request === null || !REQUEST_TYPES.has(request.type)) return;
  handle(request as PlanRequest)
    .then(post)
    .catch((error: unknown) => {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      post({ type: 'failed', detail: detail.slice(0, 300) });
    });
};
