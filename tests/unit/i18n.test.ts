import { beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { ZH, loadLang, translate } from '../../src/i18n/strings';

const STRINGS = { zh: ZH, en };

beforeAll(() => loadLang('en'));

describe('i18n', () => {
  test('zh and en define the same keys, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
    for (const table of Object.values(STRINGS)) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });

  test('placeholders are filled and unknown ones stay visible', () => {
    expect(translate('zh', 'details.uncertainty', { km: 5 })).toBe('位置误差约 5 公里');
    expect(translate('en', 'details.uncertainty')).toBe('Position uncertain by about {km} km');
  });

  test('once loaded, English is what translate() gives for en', () => {
    expect(translate('en', 'lang.switch')).toBe('中文');
    expect(translate('zh', 'lang.switch')).toBe('English');
  });
});
