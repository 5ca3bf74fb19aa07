/**
 * Reading zip archives (zipped shapefiles, KMZ) with `but-unzip` and a DecompressionStream inflater
 * that stops at {@link MAX_UNZIPPED_BYTES}, so a zip bomb is refused instead of exhausting memory.
 */
import { iter } from 'but-unzip';
import { MAX_UNZIPPED_BYTES, formatBytes } from './limits';
import { noteText } from './notes';
import type { ImportNote } from './types';
import { errorText } from '../util/json';

/** One file read from an archive. */
export interface ZipFile {
  /** Path inside the archive, '/' separated. */
  name: string;
  bytes: Uint8Array;
}

class ZipLimitError extends Error {}

interface Budget {
  used: number;
  limit: number;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Inflates a raw-deflate stream, failing once the archive's budget is spent. */
async function inflateLimited(raw: Uint8Array, budget: Budget): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(raw);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (budget.used + size > budget.limit) {
      await reader.cancel();
      throw new ZipLimitError('zip too large');
    }
    chunks.push(value);
  }
  return concat(chunks, size);
}

/** True for archive members worth reading (no macOS resource forks, no hidden files). */
function visible(name: string): boolean {
  return !name.includes('__MACOSX') && !name.split('/').some((part) => part.startsWith('.')) && !name.endsWith('/');
}

/**
 * Reads the members of an archive whose names `wanted` accepts. Returns a file-level error note for a
 * damaged archive or one that inflates beyond the limit.
 */
export async function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limit = MAX_UNZIPPED_BYTES): Promise<ZipFile[] | ImportNote> {
  const budget: Budget = { used: 0, limit };
  const files: ZipFile[] = [];
  try {
    for (const entry of iter(bytes, (raw) => inflateLimited(raw, budget))) {
      if (!visible(entry.filename) || !wanted(entry.filename)) continue;
      const data = await entry.read();
      budget.used += data.length;
      if (budget.used > limit) throw new ZipLimitError('zip too large');
      files.push({ name: entry.filename, bytes: data });
    }
  } catch (error) {
    if (error instanceof ZipLimitError) return { level: 'error', code: 'zipTooLarge', params: { limit: formatBytes(limit) } };
    return { level: 'error', code: 'zipInvalid', params: { detail: noteText(errorText(error)) } };
  }
  return files;
}
