import { describe, expect, test } from 'vitest';
import { BOM, csvCell, toCsv } from '../../src/export/csv';

describe('CSV export', () => {
  test('starts with a BOM and ends rows with CRLF', () => {
    expect(toCsv([['县区', '任务数'], ['古蔺县', 12]])).toBe(`${BOM}县区,任务数\r\n古蔺县,12\r\n`);
  });
  test('quotes commas, quotes and line breaks', () => {
    expect(csvCell('市发展改革委,叙永县')).toBe('"市发展改革委,叙永县"');
    expect(csvCell('“四渡赤水” "x"')).toBe('"“四渡赤水” ""x"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
  test('neutralises formula-looking text but keeps numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});
