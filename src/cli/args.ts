/** Command-line helpers shared by the build scripts. */

/** The value after `flag` on the command line (`--out DIR` → `DIR`), or undefined. */
export function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
