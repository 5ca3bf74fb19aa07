/**
 * Builds the subset label fonts in public/fonts/ from Debian's Noto Sans CJK SC (SIL OFL 1.1):
 * only the characters the map's labels use (see src/geo/charset.ts). Needs python3-fonttools and
 * python3-brotli (apt). Re-run after `npm run geodata` changes names; a unit test fails when the
 * shipped fonts miss a label character.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOLD_LAYERS, labelCharset } from '../geo/charset';

const ROOT = process.cwd();
const NOTO_DIR = '/usr/share/fonts/opentype/noto';
const SC_INDEX = '2'; // index of "Noto Sans CJK SC" in the Debian .ttc collections

function readLayers(filter: (name: string) => boolean) {
  return readdirSync(join(ROOT, 'geodata'))
    .filter((f) => f.endsWith('.geojson') && filter(f.slice(0, -'.geojson'.length)))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(ROOT, 'geodata', f), 'utf8')) as Parameters<typeof labelCharset>[0][number]);
}

function subset(ttc: string, text: string, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'font-'));
  const textFile = join(dir, 'text.txt');
  writeFileSync(textFile, text);
  execFileSync('/usr/bin/python3', [
    '-m', 'fontTools.subset', join(NOTO_DIR, ttc), `--font-number=${SC_INDEX}`, `--text-file=${textFile}`,
    '--flavor=woff2', `--output-file=${out}`, '--layout-features=*', '--no-hinting', '--desubroutinize',
    '--name-IDs=*', '--name-legacy', '--name-languages=*',
  ], { stdio: 'inherit' });
}

const regularText = labelCharset(readLayers(() => true));
const boldText = labelCharset(readLayers((name) => (BOLD_LAYERS as readonly string[]).includes(name)));
const outDir = join(ROOT, 'public', 'fonts');
subset('NotoSansCJK-Regular.ttc', regularText, join(outDir, 'plan-sans.woff2'));
subset('NotoSansCJK-Bold.ttc', boldText, join(outDir, 'plan-sans-bold.woff2'));

const sha = (file: string) => createHash('sha256').update(readFileSync(join(outDir, file))).digest('hex');
const manifest = {
  source: 'Noto Sans CJK SC Regular/Bold, Debian package fonts-noto-cjk (SIL Open Font License 1.1)',
  regular: { file: 'plan-sans.woff2', characters: [...regularText].length, sha256: sha('plan-sans.woff2') },
  bold: { file: 'plan-sans-bold.woff2', characters: [...boldText].length, sha256: sha('plan-sans-bold.woff2') },
};
writeFileSync(join(outDir, 'fonts.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`fonts: regular ${manifest.regular.characters} chars, bold ${manifest.bold.characters} chars`);
