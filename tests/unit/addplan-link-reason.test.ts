import { describe, expect, test } from 'vitest';
import { linkReason, type LinkReason } from '../../src/panels/addplan/linkReason';
import { translateAddPlan } from '../../src/panels/addplan/useAddPlanT';
import type { Link } from '../../src/plan/types';

const names: Record<string, string> = { '530628': '彝良县', '510524': '叙永县', 'seat-510524': '叙永县', 'town-1': '分水镇' };
const name = (id: string) => names[id] ?? id;
const isSeat = (id: string) => id.startsWith('seat-');
const say = (r: LinkReason, lang: 'zh' | 'en') => ('text' in r ? r.text : translateAddPlan(lang, r.key, r.params));
const span = { start: 0, end: 2 };

describe('why a link was made, in the UI language', () => {
  test('a typo read as a place names the text as written', () => {
    const link: Link = { featureId: '530628', kind: 'named', span, quote: '舞良', flaw: 'f1', reason: 'typo "舞良" read as 彝良' };
    expect(say(linkReason(link, name, isSeat), 'zh')).toBe('原文作「舞良」，按笔误读作「彝良县」');
    expect(say(linkReason(link, name, isSeat), 'en')).toBe('the text has "舞良", read as the typo of 彝良县');
  });

  test('a county reached through a named town names the town', () => {
    const link: Link = { featureId: '510524', kind: 'named', span, quote: '分水', via: 'town-1', reason: '分水镇 lies in this county' };
    expect(say(linkReason(link, name, isSeat), 'zh')).toBe('文中点名的分水镇位于该县');
  });

  test('a county seat reached through 县城 says so', () => {
    // Seats carry their county's name; the ingest links one when the county is followed by 县城 / 城.
    expect(say(linkReason({ featureId: 'seat-510524', kind: 'named', span, quote: '叙永县城' }, name, isSeat), 'zh')).toBe('「叙永县城」指该县县城');
    expect(say(linkReason({ featureId: 'seat-510524', kind: 'named', span, quote: '叙永县' }, name, isSeat), 'zh')).toBe('文中点名');
  });

  test('a curated note is shown as written; a plain mention is "named in the text"', () => {
    expect(say(linkReason({ featureId: '510524', kind: 'curated', reason: '古叙 = 古蔺 + 叙永' }, name, isSeat), 'zh')).toBe('古叙 = 古蔺 + 叙永');
    expect(say(linkReason({ featureId: '510524', kind: 'named', span, quote: '叙永' }, name, isSeat), 'en')).toBe('named in the text');
  });
});
