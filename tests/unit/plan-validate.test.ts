import { describe, expect, it } from 'vitest';
import { checkPlanModel } from '../../src/plan/validate';
import { PLAN_FORMAT_VERSION } from '../../src/plan/types';

const link = (year?: unknown) => ({ featureId: 'rail', kind: 'named', span: { start: 0, end: 2 }, quote: 'ab', ...(year === undefined ? {} : { year }) });
const model = (links: unknown[]) => ({
  version: PLAN_FORMAT_VERSION, documents: [], sections: [], flaws: [], nonTargets: [], unresolvedMentions: [], gazetteer: { files: [], terms: 0 },
  tasks: [{ id: 't', documentId: 'd', links }], indicators: [],
});

describe('checkPlanModel', () => {
  it('accepts the current version and keeps mention years', () => {
    const { model: m, problems } = checkPlanModel(model([link(2022), link()]));
    expect(problems).toEqual([]);
    expect(m.tasks[0]?.links.map((l) => l.year)).toEqual([2022, undefined]);
  });

  it('refuses another format version or missing arrays, with the reason', () => {
    expect(() => checkPlanModel({ ...model([]), version: 99 })).toThrow(/format version 99/);
    expect(() => checkPlanModel({ ...model([]), tasks: undefined })).toThrow(/missing tasks/);
    expect(() => checkPlanModel([])).toThrow(/not a JSON object/);
  });

  it('drops a mention year that is not a year and keeps the link', () => {
    const { model: m, problems } = checkPlanModel(model([link('2022'), link(20.5)]));
    expect(m.tasks[0]?.links.map((l) => [l.featureId, l.year])).toEqual([['rail', undefined], ['rail', undefined]]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/task t → rail: year "2022"/);
  });
});
