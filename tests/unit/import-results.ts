/** Reading an import result in tests: its layers, or its error (a test fails on the other outcome). */
import type { ImportedLayer, ImportNote, ImportResult } from '../../src/import/types';

/** The layers of a successful import; throws (naming the error) otherwise. */
export function layersOf(result: ImportResult): ImportedLayer[] {
  if (!result.ok) throw new Error(`expected layers, got error ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.layers;
}

/** The error of a refused import; throws otherwise. */
export function errorOf(result: ImportResult): ImportNote {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}
