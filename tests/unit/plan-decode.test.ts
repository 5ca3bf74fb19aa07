import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePlanFile, MAX_PLAN_BYTES } from '../../src/plan/decode';
import type { PdfjsLike } from '../../src/plan/decode/pdf';
import { sniff } from '../../src/plan/decode/sniff';
import { decodeText } from '../../src/plan/decode/text';
import { docxParagraphs, reflowPdfLines, type PdfLine } from '../../src/plan/decode/normalise';
import { gbkEncoder } from '../../src/cli/shpwriter';

const DIR = join(__dirname, '..', 'fixtures', 'plan-import');
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) });
const TXT = readFileSync(join(DIR, 'yunnan-2026-gov-work-report.txt'), 'utf8');
/** pdf.js's Node (legacy) build, its worker handler in this thread. */
const pdfjs = async (): Promise<PdfjsLike> => {
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
};
const noWhitespace = (s: string) => s.replace(/\s+/g, '');

describe('text decoding', () => {
  it('reads UTF-8 without and with a BOM (BOM removed)', () => {
    const bytes = new TextEncoder().encode('昭通市\n镇雄县');
    expect(decodeText(bytes)).toEqual({ text: '昭通市\n镇雄县', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: '昭通市\n镇雄县', encoding: 'utf-8-bom' });
  });
  it('reads GB18030 when the bytes are not UTF-8', () => {
    const bytes = gbkEncoder()('赤水河（昭通段）2030年达到90%');
    expect(decodeText(bytes)).toEqual({ text: '赤水河（昭通段）2030年达到90%', encoding: 'gb18030' });
  });
});

describe('file kinds', () => {
  it('tells the kinds by content, not name', () => {
    expect(sniff('a.txt', new Uint8Array())).toBe('empty');
    expect(sniff('a.txt', fixture('old-word.doc').bytes)).toBe('doc');
    expect(sniff('a.docx', fixture('old-word.doc').bytes)).toBe('doc');
    expect(sniff('plan', fixture('scanned.pdf').bytes)).toBe('pdf');
    expect(sniff('a.txt', fixture('yunnan-2026-gov-work-report.docx').bytes)).toBe('docx');
    expect(sniff('a.txt', fixture('binary.dat').bytes)).toBe('binary');
    expect(sniff('a.txt', new TextEncoder().encode('ok'))).toBe('txt');
    expect(sniff('a.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('unknown');
    expect(sniff('a.html', new TextEncoder().encode('<p>x</p>'))).toBe('unknown');
  });
});

describe('decodePlanFile', () => {
  it('gives the .txt exactly', async () => {
    const r = await decodePlanFile(fixture('yunnan-2026-gov-work-report.txt'));
    expect(r).toMatchObject({ ok: true, format: 'txt', encoding: 'utf-8' });
    expect(r.ok && r.text).toBe(TXT);
  });

  it('gives the .docx as the same text (one paragraph per line)', async () => {
    const r = await decodePlanFile(fixture('yunnan-2026-gov-work-report.docx'));
    expect(r.ok && r.format).toBe('docx');
    expect(r.ok && r.text).toBe(TXT);
  });

  it('gives the PDF text layer as the same paragraphs, equal up to whitespace', async () => {
    const r = await decodePlanFile(fixture('yunnan-2026-gov-work-report.pdf'), undefined, { pdfjs });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.format).toBe('pdf');
    expect(r.text.split('\n').length).toBe(TXT.split('\n').length);
    expect(noWhitespace(r.text)).toBe(noWhitespace(TXT));
  });

  it.each([
    ['empty.txt', 'empty'],
    ['binary.dat', 'binary'],
    ['old-word.doc', 'oldWord'],
  ] as const)('refuses %s with %s', async (name, code) => {
    const r = await decodePlanFile(fixture(name));
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it('says a scanned PDF has no text layer', async () => {
    const r = await decodePlanFile(fixture('scanned.pdf'), undefined, { pdfjs });
    expect(r.ok ? 'ok' : r.error).toEqual({ code: 'noTextLayer', params: { pages: 1 } });
  });

  it('refuses whitespace-only text, text over the limit and unknown types', async () => {
    const blank = await decodePlanFile({ name: 'a.txt', bytes: new TextEncoder().encode(' \n\u3000\n') });
    expect(blank.ok ? 'ok' : blank.error.code).toBe('empty');
    const big = await decodePlanFile({ name: 'a.txt', bytes: new Uint8Array(MAX_PLAN_BYTES + 1).fill(0x41) });
    expect(big.ok ? 'ok' : big.error).toMatchObject({ code: 'tooLarge', params: { limit: '20 MB' } });
    const html = await decodePlanFile({ name: 'plan.html', bytes: new TextEncoder().encode('<p>规划</p>') });
    expect(html.ok ? 'ok' : html.error).toEqual({ code: 'unknownType', params: { extension: 'html' } });
  });

  it('reports a damaged .docx and a damaged PDF', async () => {
    const docx = fixture('yunnan-2026-gov-work-report.docx').bytes.slice(0, 400);
    const d = await decodePlanFile({ name: 'x.docx', bytes: docx });
    expect(d.ok ? 'ok' : d.error.code).toBe('docxFailed');
    const p = await decodePlanFile({ name: 'x.pdf', bytes: new TextEncoder().encode('%PDF-1.7\nnot really') }, undefined, { pdfjs });
    expect(p.ok ? 'ok' : p.error.code).toBe('pdfFailed');
  });
});

describe('normalisation', () => {
  it('joins mammoth paragraphs by one line break', () => {
    expect(docxParagraphs('一、总体要求\n\n（一）目标\n\n')).toBe('一、总体要求\n（一）目标');
  });

  const line = (text: string, x1: number, y: number, page = 1, x0 = 50): PdfLine => ({ page, text, x0, x1, y, size: 10 });
  it('reflows wrapped lines and keeps paragraph ends', () => {
    const lines = [
      line('第一段第一行到右边', 500, 700), line('第一段结束。', 200, 686),
      line('第二段开头很长很长', 500, 660), line('COP15', 498, 646), line('meeting', 120, 632),
      line('第三段', 100, 606),
    ];
    expect(reflowPdfLines(lines)).toBe('第一段第一行到右边第一段结束。\n第二段开头很长很长COP15 meeting\n第三段');
  });
  it('starts a paragraph at an indented line and continues across pages', () => {
    const lines = [line('满行', 500, 700), line('缩进的新段', 500, 686, 1, 71), line('跨页满行', 500, 672), line('续上', 100, 780, 2)];
    expect(reflowPdfLines(lines)).toBe('满行\n缩进的新段跨页满行续上');
  });
  it('leaves out page numbers above or below a page, so a paragraph runs on over the page break', () => {
    for (const footer of ['- 1 -', '— 1 —', '1', '第 1 页', '第1页 共2页', '1 / 2', 'Page 1']) {
      const lines = [line('满行', 500, 700), line('跨页满行', 500, 686), line(footer, 300, 40, 1, 280), line('续上', 100, 780, 2), line('2', 290, 40, 2, 280)];
      expect(reflowPdfLines(lines), footer).toBe('满行跨页满行续上');
    }
  });
  it('keeps a number that is not on the top or bottom line, and a bottom line that is more than a number', () => {
    const lines = [line('满行满行满行', 500, 714), line('表中数字', 100, 700, 1, 71), line('2025', 100, 686), line('第三行', 100, 672), line('共有 3 项', 100, 40)];
    expect(reflowPdfLines(lines)).toBe('满行满行满行\n表中数字\n2025\n第三行\n共有 3 项');
  });
});
