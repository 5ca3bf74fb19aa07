/**
 * Reads a File as a stream into one buffer, reporting progress every `step` (a fraction of the size):
 * the first stage of both workers (layer import and plan import).
 */
export async function readWithProgress(file: File, step: number, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > bytes.length) throw new Error('the file grew while it was read');
    bytes.set(value, at);
    at += value.length;
    const fraction = file.size > 0 ? at / file.size : 1;
    if (fraction - reported >= step) {
      reported = fraction;
      onProgress(fraction);
    }
  }
  return bytes.subarray(0, at);
}
