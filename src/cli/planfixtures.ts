/**
 * `npx tsx src/cli/planfixtures.ts`: writes the fixtures of adding a plan in the app into
 * tests/fixtures/plan-import/ (committed; CI does not run this script):
 * - yunnan-2026-gov-work-report.txt, copied from ../shared/plan-corpus (UTF-8, no BOM);
 * - the same text as .docx (an OOXML zip written here: one <w:p> per line) and as a PDF with a real
 *   text layer (pdfkit, Noto Sans CJK SC subset embedded, ToUnicode map; lines wrapped at the margin,
 *   a gap between paragraphs — the layout src/plan/decode/normalise.ts reflows);
 * - the same text as a PDF whose font is not embedded but named with a predefined CJK CMap (cmapPdf);
 * - bad inputs: a scanned-like PDF (one image, no text), an empty file, random bytes, an old Word .doc
 *   (OLE header). The 20 MB text is made by the tests themselves.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { PROJECT_ROOT } from './ingest';
import { writeZip } from './shpwriter';

const OUT = join(PROJECT_ROOT, 'tests', 'fixtures', 'plan-import');
const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'plan-corpus');
const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** Fixed dates so the files do not change between runs. */
const FIXED_DATE = new Date('2026-02-03T00:00:00Z');

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal .docx: one paragraph per line of `text`. */
export function docxOf(text: string): Buffer {
  const paragraphs = text.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`).join('');
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return writeZip([
    {
      name: '[Content_Types].xml',
      bytes: utf8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    },
    {
      name: '_rels/.rels',
      bytes: utf8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    },
    {
      name: 'word/document.xml',
      bytes: utf8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`),
    },
  ]);
}

function pdfBytes(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'planmap planfixtures' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A PDF of `text` with a text layer: one paragraph per line, wrapped, 6 pt between paragraphs. */
export function textPdf(text: string): Promise<Buffer> {
  return pdfBytes((doc) => {
    doc.font(NOTO, 'NotoSansCJKsc-Regular').fontSize(10.5);
    for (const line of text.split('\n')) doc.text(line, { paragraphGap: 6, lineGap: 2 });
  });
}

/** Characters a typesetter keeps on one line with their neighbours (Latin words, figures). */
const WORD = /[A-Za-z0-9.%]/;

/**
 * A PDF of `text` whose font is not embedded but named with a predefined CJK CMap (STSong-Light,
 * UniGB-UCS2-H, no ToUnicode map), as many Chinese government PDFs are: pdf.js reads its text only with
 * the Adobe CMaps (UniGB-UCS2-H for code → CID, Adobe-GB1-UCS2 for CID → Unicode). Written by hand: A4,
 * 10.5 pt, every glyph one em wide (the font's default width), lines wrapped at the margin, 6 pt between
 * paragraphs — the layout pdfkit gives the other PDF — and a page number in Helvetica under each page
 * (`latinHeading`: a line of Helvetica body text above the first page's text, for tests). @throws on a character outside the BMP (not UCS-2).
 */
export function cmapPdf(text: string, options: { latinHeading?: string } = {}): Buffer {
  const size = 10.5;
  const leading = size * 1.2 + 2;
  const [left, top, bottom] = [56, 842 - 56, 56];
  const perLine = Math.floor((595 - 2 * left) / size);
  const hex = (chars: readonly string[]) => chars.map((c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code > 0xffff) throw new Error(`cmapPdf: ${c} is outside the BMP`);
    return code.toString(16).padStart(4, '0');
  }).join('');
  const pages: string[][] = [[]];
  let y = top;
  for (const paragraph of text.split('\n')) {
    const chars = [...paragraph];
    for (let i = 0; i < Math.max(chars.length, 1);) {
      if (y - leading < bottom) {
        pages.push([]);
        y = top;
      }
      y -= leading;
      // Break at the margin, but not inside a run of Latin letters or digits (as typesetters do).
      let end = Math.min(i + perLine, chars.length);
      while (end < chars.length && end > i + 1 && WORD.test(chars[end - 1] ?? '') && WORD.test(chars[end] ?? '')) end--;
      const line = chars.slice(i, end);
      if (line.length > 0) pages[pages.length - 1]?.push(`BT /F1 ${size} Tf ${left} ${y.toFixed(2)} Td <${hex(line)}> Tj ET`);
      i = Math.max(end, i + 1);
    }
    y -= 6;
  }
  // A page number under each page in Helvetica (a standard font, no CMap needed), as printed documents have.
  pages.forEach((ops, i) => ops.push(`BT /F2 9 Tf 287 36 Td (- ${i + 1} -) Tj ET`));
  // Optionally a Latin heading in Helvetica above the first page's text (body text that needs no CMap).
  if (options.latinHeading) pages[0]?.unshift(`BT /F2 12 Tf ${left} ${top + 14} Td (${options.latinHeading}) Tj ET`);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${6 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  const helvetica = objects.length + 2 * pages.length + 1;
  pages.forEach((ops, i) => {
    const stream = ops.join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 ${helvetica} 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  });
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A greyscale PNG (a page "scan": stripes), written by hand. */
function stripesPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = (y % 12 < 2 && x % 90 < 70) ? 40 : 235;
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF whose only page is an image: no text layer. */
export function scannedPdf(): Promise<Buffer> {
  return pdfBytes((doc) => {
    doc.image(stripesPng(480, 680), 56, 56, { width: 480 });
  });
}

/** Deterministic pseudo-random bytes (with NULs): not text. */
export function randomBytes(n: number, seed = 17): Buffer {
  const out = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/** The start of an OLE compound file (old binary Word). */
export function oleDoc(): Buffer {
  const out = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  return out;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const name = 'yunnan-2026-gov-work-report';
  const bytes = readFileSync(join(CORPUS, `${name}.txt`));
  writeFileSync(join(OUT, `${name}.txt`), bytes);
  const text = bytes.toString('utf8');
  writeFileSync(join(OUT, `${name}.docx`), docxOf(text));
  writeFileSync(join(OUT, `${name}.pdf`), await textPdf(text));
  writeFileSync(join(OUT, `${name}-cmap.pdf`), cmapPdf(text));
  writeFileSync(join(OUT, 'scanned.pdf'), await scannedPdf());
  writeFileSync(join(OUT, 'empty.txt'), '');
  writeFileSync(join(OUT, 'binary.dat'), randomBytes(4096));
  writeFileSync(join(OUT, 'old-word.doc'), oleDoc());
  console.log(`plan-import fixtures written to ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
