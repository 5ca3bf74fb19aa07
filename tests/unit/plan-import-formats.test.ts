import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestAdded } from '../../src/plan/addDocument';
import { decodePlanFile } from '../../src/plan/decode';
import { cmapPdf } from '../../src/cli/planfixtures';
import type { PdfjsLike } from '../../src/plan/decode/pdf';
import type { Indicator } from '../../src/plan/types';
import { spanErrors } from '../../src/plan/verify';

const ROOT = join(__dirname, '..', '..');
const DIR = join(ROOT, 'tests', 'fixtures', 'plan-import');
const GAZETTEER = readdirSync(join(ROOT, 'geodata')).filter((f) => f.endsWith('.geojson')).sort()
  .map((file) => ({ file, json: JSON.parse(readFileSync(join(ROOT, 'geodata', file), 'utf8')) as unknown }));
const pdfjs = async (): Promise<PdfjsLike> => {
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
};
/** What must agree between formats: the figures, years and names, and the quote up to whitespace. */
const essence = (i: Indicator) => [i.name.replace(/\s+/g, ''), i.value, i.valueMax ?? null, i.unit, i.comparator, i.targetYear, i.quote.replace(/\s+/g, '')];

/** pdf.js's packed CMaps from disk (the app fetches the same files as bundled assets). */
const cmaps = async (filename: string) => new Uint8Array(readFileSync(join(ROOT, 'node_modules', 'pdfjs-dist', 'cmaps', filename)));

async function indicatorsOf(name: string) {
  const bytes = new Uint8Array(readFileSync(join(DIR, name)));
  const decoded = await decodePlanFile({ name, bytes }, undefined, { pdfjs, cmaps });
  if (!decoded.ok) throw new Error(`${name}: ${decoded.error.code}`);
  const id = 'addedformats';
  const { model } = ingestAdded({
    meta: { id, title: '2026年政府工作报告', issuer: '云南省人民政府', date: '2026-01-28', area: '云南省', areaCounties: [] },
    fileName: name, text: decoded.text, sha256: createHash('sha256').update(bytes).digest('hex'), gazetteer: GAZETTEER,
  });
  expect(spanErrors(model, { [id]: decoded.text })).toEqual([]);
  return model.indicators.map(essence);
}

describe('the same plan as .txt, .docx and PDF', () => {
  it('gives the same indicators', async () => {
    const txt = await indicatorsOf('yunnan-2026-gov-work-report.txt');
    expect(txt.length).toBeGreaterThan(0);
    expect(await indicatorsOf('yunnan-2026-gov-work-report.docx')).toEqual(txt);
    expect(await indicatorsOf('yunnan-2026-gov-work-report.pdf')).toEqual(txt);
  });
});

describe('a PDF whose font is named with a predefined CJK CMap (not embedded, no ToUnicode)', () => {
  it('reads through the Adobe CMaps and gives the same indicators as the .txt', async () => {
    const txt = await indicatorsOf('yunnan-2026-gov-work-report.txt');
    expect(await indicatorsOf('yunnan-2026-gov-work-report-cmap.pdf')).toEqual(txt);
  });

  it('without the CMaps (offline) it says which encoding could not be loaded, not "no text layer"', async () => {
    const name = 'yunnan-2026-gov-work-report-cmap.pdf';
    const bytes = new Uint8Array(readFileSync(join(DIR, name)));
    const refused = async (filename: string): Promise<Uint8Array> => {
      throw new Error(`no ${filename}`);
    };
    const decoded = await decodePlanFile({ name, bytes }, undefined, { pdfjs, cmaps: refused });
    // Not "no text layer" (it has one): the message names the encoding that could not be loaded.
    expect(decoded.ok ? 'ok' : decoded.error).toEqual({ code: 'cmapUnavailable', params: { names: 'UniGB-UCS2-H' } });
  });

  it('without the CMaps it is refused even when other body text (a Latin heading) came through', async () => {
    const bytes = new Uint8Array(cmapPdf(readFileSync(join(DIR, 'yunnan-2026-gov-work-report.txt'), 'utf8'), { latinHeading: 'Annex 1 Government Work Report' }));
    const refused = async (filename: string): Promise<Uint8Array> => {
      throw new Error(`no ${filename}`);
    };
    const decoded = await decodePlanFile({ name: 'heading.pdf', bytes }, undefined, { pdfjs, cmaps: refused });
    expect(decoded.ok ? decoded.text : decoded.error).toEqual({ code: 'cmapUnavailable', params: { names: 'UniGB-UCS2-H' } });
    // With the CMaps the heading and the Chinese text both come through.
    const read = await decodePlanFile({ name: 'heading.pdf', bytes }, undefined, { pdfjs, cmaps });
    expect(read.ok && read.text.startsWith('Annex 1 Government Work Report\n') && read.text.includes('地区生产总值')).toBe(true);
  });
});
