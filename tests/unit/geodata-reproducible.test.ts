/**
 * The committed geodata/ is reproducible from the project alone: `npm run geodata` then `npm run ingest`,
 * run into a temporary folder from the sources in geodata/sources/, rewrite every built file byte for byte.
 * Runs the real command-line scripts (no `../shared` needed, never skipped).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const geodata = join(repo, 'geodata');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
/** Files in geodata/ that no script writes (hand-written documentation). */
const HAND_WRITTEN = new Set(['PLAN-FORMAT.md']);

const out = mkdtempSync(join(tmpdir(), 'planmap-geodata-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(script: string, args: string[]): void {
  // GEODATA_SOURCES unset: the scripts must default to the project's own sources.
  const env = { ...process.env };
  delete env['GEODATA_SOURCES'];
  execFileSync(tsx, [join(repo, 'src', 'cli', script), ...args], { cwd: repo, env, stdio: 'pipe' });
}

describe('geodata/ from the project alone', () => {
  it('has its raw inputs with a README of licences and provenance', () => {
    const sources = join(geodata, 'sources');
    expect(existsSync(join(sources, 'README.md'))).toBe(true);
    const readme = readFileSync(join(sources, 'README.md'), 'utf8');
    for (const file of readdirSync(sources).filter((f) => f !== 'README.md')) expect(readme, `${file} described`).toContain(file);
    expect(readme).toMatch(/ODbL/);
    expect(readme).toMatch(/CC BY/);
  });

  it('geodata, planlayers and ingest rewrite every committed built file byte for byte', () => {
    run('geodata.ts', ['--out', out]);
    run('planlayers.ts', ['--geodata', out]);
    run('ingest.ts', ['--geodata', out]);
    const built = readdirSync(out).sort();
    const committed = readdirSync(geodata, { withFileTypes: true })
      .filter((e) => e.isFile() && !HAND_WRITTEN.has(e.name))
      .map((e) => e.name)
      .sort();
    expect(built).toEqual(committed);
    const differing = built.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(geodata, f))));
    expect(differing, 'files that differ from the committed ones').toEqual([]);
  }, 120_000);
});
