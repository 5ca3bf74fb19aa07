import { describe, expect, it } from 'vitest';
import { addplanZh } from '../../src/i18n/addplan';
import { addplanEn } from '../../src/i18n/en/addplan';
import { DECODE_ERROR_CODES } from '../../src/plan/decode';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('add-plan strings', () => {
  it('both languages have the same keys and the same parameters', () => {
    expect(Object.keys(addplanEn).sort()).toEqual(Object.keys(addplanZh).sort());
    for (const [key, zh] of Object.entries(addplanZh)) expect(params(addplanEn[key as keyof typeof addplanEn]), key).toEqual(params(zh));
  });
  it('every decode error has a message', () => {
    for (const code of DECODE_ERROR_CODES) expect(Object.keys(addplanZh)).toContain(`addplan.error.${code}`);
  });
});
