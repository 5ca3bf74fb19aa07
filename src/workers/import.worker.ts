/**
 * Runs the import pipeline off the main thread. One worker per file: the page posts
 * `{ file, options }`, the worker reads the file in chunks (progress "read"), runs the pipeline
 * (progress "parse" / "validate") and posts the result; the page terminates it afterwards (or to cancel).
 */
import { MAX_FILE_BYTES, importFile, tooLargeResult, type ImportOptions, type ImportProgress, type ImportResult } from '../import';
import { readWithProgress } from './readFile';

/** Page → worker. */
export interface ImportRequest {
  file: File;
  options: ImportOptions;
}

/** Worker → page. */
export type ImportReply = { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportResult };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ImportReply) => scope.postMessage(reply);

async function handle(request: ImportRequest): Promise<ImportResult> {
  const { file, options } = request;
  if (file.size > MAX_FILE_BYTES) return tooLargeResult(file.size);
  const bytes = await readWithProgress(file, 0.02, (fraction) => post({ type: 'progress', progress: { stage: 'read', fraction } }));
  return importFile({ name: file.name, bytes }, options, (progress) => post({ type: 'progress', progress }));
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  handle(event.data)
    .then((result) => post({ type: 'result', result }))
    .catch((error: unknown) => {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      post({ type: 'result', result: { ok: false, error: { level: 'error', code: 'internal', params: { detail: detail.slice(0, 160) } }, notes: [] } });
    });
};
