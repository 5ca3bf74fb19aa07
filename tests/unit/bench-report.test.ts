/** Formatting and goal rows of the benchmark report (src/cli/bench/report.ts, rows.ts). */
import { describe, expect, it } from 'vitest';
import { displayWidth, fmtKB, fmtMs, fmtRatio, formatTable, missed, verdict } from '../../src/cli/bench/report';
import { buildRows, GOALS } from '../../src/cli/bench/rows';
import { summarize } from '../../src/cli/bench/stats';

describe('formatting', () => {
  it('prints milliseconds with decimals by magnitude', () => {
    expect(fmtMs(0.0421)).toBe('0.042 ms');
    expect(fmtMs(3.184)).toBe('3.18 ms');
    expect(fmtMs(41.25)).toBe('41.3 ms');
    expect(fmtMs(812.4)).toBe('812 ms');
    expect(fmtMs(12_400)).toBe('12.4 s');
  });
  it('prints ratios, kilobytes and verdicts', () => {
    expect(fmtRatio(1.234)).toBe('1.23×');
    expect(fmtRatio(34.4)).toBe('34×');
    expect(fmtRatio(null)).toBe('n/a');
    expect(fmtKB(118_449)).toBe('118.4 KB');
    expect([verdict(true), verdict(false), verdict(null)]).toEqual(['yes', 'NO', 'info']);
  });
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('古蔺县')).toBe(6);
  });
  it('aligns a pipe table', () => {
    const table = formatTable([{ id: '1', measure: 'm', value: '2 ms', baseline: '—', ratio: '1.00×', goal: '≤ 3 ms', met: true }]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => displayWidth(l))).size).toBe(1);
    expect(lines[2]).toContain('| yes |');
  });
});

describe('buildRows', () => {
  it('judges load and click against the goals', () => {
    const rows = buildRows({
      load: { app: summarize([120, 130, 125]), bare: summarize([100, 100, 100]) },
      click: summarize([10, 20, 60]),
    });
    expect(rows.map((r) => [r.id, r.ratio, r.met])).toEqual([
      ['1', '1.25× bare', false],
      ['2', '1.20× goal', false],
    ]);
    expect(missed(rows)).toHaveLength(2);
  });
  it('a load ratio at the goal meets it', () => {
    const rows = buildRows({ imported: { app: summarize([130]), bare: summarize([100]) } });
    expect(GOALS.importedRatio).toBe(1.3);
    expect(rows[0]?.met).toBe(true);
  });
});
