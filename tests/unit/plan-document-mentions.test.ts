/**
 * Document-level place mentions (`PlanModel.mentions`): the whole text of every document, retrospective and
 * framework parts included, with the task links' matching and traps; spans verify; carried through the
 * added-document path (merge, review, storage check, verification) and underlined by the reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectMentions } from '../../src/explore/planIndex';
import { ingestAdded, type AddedInput } from '../../src/plan/addDocument';
import { subtractSpans, unionSpans } from '../../src/plan/ingest/doc-mentions';
import { mergeModels } from '../../src/plan/merge';
import { applyReview, linkKey, mentionKey, NO_DECISIONS, otherMentions } from '../../src/plan/review';
import type { PlanModel, Span } from '../../src/plan/types';
import { checkPlanModel } from '../../src/plan/validate';
import { spanErrors } from '../../src/plan/verify';
import { checkStoredPlan } from '../../src/storage/plans';

const ROOT = join(__dirname, '..', '..');
const seeds = JSON.parse(readFileSync(join(ROOT, 'geodata', 'plan.json'), 'utf8')) as PlanModel;
const seedTexts: Record<string, string> = Object.fromEntries(seeds.documents.map((d) => [d.id, readFileSync(join(ROOT, 'seeds', d.file), 'utf8')]));
const GAZETTEER = readdirSync(join(ROOT, 'geodata')).filter((f) => f.endsWith('.geojson')).sort()
  .map((file) => ({ file, json: JSON.parse(readFileSync(join(ROOT, 'geodata', file), 'utf8')) as unknown }));
const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const added = (id: string, text: string, areaCounties: string[]): PlanModel => {
  const input: AddedInput = {
    meta: { id, title: '2026年政府工作报告', issuer: '某县人民政府', date: '2026-01-20', area: '镇雄县', areaCounties },
    fileName: `${id}.txt`, text, sha256: '', gazetteer: GAZETTEER,
  };
  return ingestAdded(input).model;
};

const YUNNAN = readFileSync(join(ROOT, 'tests', 'fixtures', 'plan-import', 'yunnan-2026-gov-work-report.txt'), 'utf8');
const yunnan = added('addeddm01', YUNNAN, ['530627']);

/** A small work report: a review of past work (no tasks), then this year's work. */
const SMALL = [
  '2026年镇雄县政府工作报告',
  '一、过去五年工作回顾',
  '过去五年，我们建成彝良至镇雄公路，赤水河流域治理成效明显。',
  '二、2026年重点工作',
  '（一）加快交通建设。推进威信至镇雄公路建设，建成乡镇公路100公里。',
  '',
].join('\n');
const small = added('addeddm02', SMALL, ['530627', '530628', '530629']);

describe('document-level place mentions of the seeds (geodata/plan.json)', () => {
  const mentions = seeds.mentions ?? [];

  it('exist for every seed, sorted, and every span verifies (text.slice(start, end) === term)', () => {
    for (const d of seeds.documents) expect(mentions.some((m) => m.documentId === d.id)).toBe(true);
    for (const m of mentions) expect(seedTexts[m.documentId]?.slice(m.span.start, m.span.end)).toBe(m.term);
    expect(spanErrors(seeds, seedTexts, 1000)).toEqual([]);
    for (const d of seeds.documents) {
      const starts = mentions.filter((m) => m.documentId === d.id).map((m) => m.span.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('hold every direct named task and indicator link (same matching), and the links are unchanged', () => {
    const key = (documentId: string, featureId: string, s: Span) => `${documentId}|${featureId}|${s.start}-${s.end}`;
    const have = new Set(mentions.map((m) => key(m.documentId, m.featureId, m.span)));
    const direct = [...seeds.tasks, ...seeds.indicators].flatMap((o) =>
      o.links.filter((l) => l.kind === 'named' && l.span && l.via === undefined && !l.reason?.startsWith('县城')).map((l) => key(o.documentId, l.featureId, l.span as Span)));
    expect(direct.length).toBeGreaterThan(100);
    expect(direct.filter((k) => !have.has(k))).toEqual([]);
  });

  it('leave out skipped text (captions, bylines) and the units parentheses of tasks; keep the opening paragraphs', () => {
    const skipped = (seeds.skipped ?? []).filter((k) => !k.reason.startsWith('untitled opening'));
    expect(skipped.length).toBeGreaterThan(0);
    const outside = [...skipped, ...seeds.tasks.flatMap((t) => (t.unitsSpan ? [{ documentId: t.documentId, span: t.unitsSpan }] : []))];
    expect(mentions.filter((m) => outside.some((o) => o.documentId === m.documentId && overlaps(o.span, m.span)))).toEqual([]);
  });
});

describe('document-level place mentions of an added document', () => {
  it('verify against the text, with the reason; the task links are still only inside tasks', () => {
    const ms = yunnan.mentions ?? [];
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(YUNNAN.slice(m.span.start, m.span.end)).toBe(m.term);
      expect(m.reason.length).toBeGreaterThan(0);
    }
    expect(spanErrors(yunnan, { addeddm01: YUNNAN })).toEqual([]);
    const links = [...yunnan.tasks, ...yunnan.indicators].flatMap((o) => o.links);
    expect(links.length).toBeLessThan(ms.length);
  });

  it('record 赤水河（昭通段） in the report\'s review of past work, where no task is', () => {
    const at = YUNNAN.indexOf('赤水河（昭通段）');
    const m = yunnan.mentions?.find((x) => x.span.start === at);
    expect(m).toMatchObject({ featureId: 'river-chishui', term: '赤水河', span: { start: at, end: at + 3 } });
    expect(yunnan.tasks.some((t) => inside({ start: at, end: at + 3 }, t.span))).toBe(false);
    // The own prefecture (昭通, the area is 镇雄) is not a mention, as for links.
    expect(yunnan.mentions?.some((x) => x.term === '昭通')).toBe(false);
  });

  it('record a mention in a retrospective section that makes no tasks, and the task mentions too', () => {
    const review = small.sections.find((s) => s.title.includes('回顾'));
    expect(review).toBeDefined();
    expect(small.tasks.some((t) => review && overlaps(t.span, review.span))).toBe(false);
    const ms = small.mentions ?? [];
    const inReview = ms.filter((m) => review && inside(m.span, review.span));
    expect(inReview.map((m) => m.term)).toEqual(expect.arrayContaining(['彝良', '镇雄', '赤水河']));
    const chishui = inReview.find((m) => m.term === '赤水河');
    expect(chishui?.featureId).toBe('river-chishui');
    expect(ms.some((m) => m.term === '威信')).toBe(true);
    for (const m of ms) expect(SMALL.slice(m.span.start, m.span.end)).toBe(m.term);
  });
});

describe('the added-document path carries the mentions', () => {
  it('merge appends them to the seeds\'', () => {
    const merged = mergeModels(seeds, [small]);
    expect(merged.mentions?.length).toBe((seeds.mentions?.length ?? 0) + (small.mentions?.length ?? 0));
    expect(merged.mentions?.filter((m) => m.documentId === 'addeddm02')).toEqual(small.mentions);
  });

  it('a moved mention span fails verification and the stored record', () => {
    const first = small.mentions?.[0];
    if (!first) throw new Error('no mention');
    const moved: PlanModel = { ...small, mentions: [{ ...first, span: { start: first.span.start + 1, end: first.span.end + 1 } }] };
    expect(spanErrors(moved, { addeddm02: SMALL }).join()).toMatch(/place mention/);
    const record = (model: unknown) => ({ id: 'addeddm02', fileName: 'x.txt', format: 'txt', addedAt: '2026-12-06T21:00:00Z', text: SMALL, model });
    expect(checkStoredPlan(record(moved))).toMatchObject({ code: 'invalidRecord' });
    expect(checkStoredPlan(record(small))).toMatchObject({ id: 'addeddm02' });
    const { mentions: _none, ...older } = small;
    expect(checkStoredPlan(record(older))).toMatchObject({ id: 'addeddm02' });
  });

  it('a link the planner rejects is not underlined by its mention either', () => {
    const task = small.tasks.find((t) => t.links.some((l) => l.span));
    const link = task?.links.find((l) => l.span);
    if (!task || !link?.span) throw new Error('no task link');
    const reviewed = applyReview(small, SMALL, { ...NO_DECISIONS, rejectedLinks: [linkKey(task.id, link)] });
    const at = (m: PlanModel) => (m.mentions ?? []).filter((x) => x.featureId === link.featureId && x.span.start === link.span?.start);
    expect(at(small).length).toBe(1);
    expect(at(reviewed)).toEqual([]);
    expect(reviewed.mentions?.length).toBe((small.mentions?.length ?? 0) - 1);
  });

  it('a mention outside every task and indicator is listed for review; rejected, it is not underlined', () => {
    const others = otherMentions(small);
    const chishui = others.find((m) => m.term === '赤水河');
    if (!chishui) throw new Error('no 赤水河 mention in the review of past work');
    // Mentions covered by a task link are not "other" (they are rejected through the link).
    const linked = small.tasks.flatMap((t) => t.links).filter((l) => l.span);
    expect(linked.length).toBeGreaterThan(0);
    for (const l of linked) expect(others.some((m) => m.featureId === l.featureId && m.span.start === l.span?.start)).toBe(false);
    const reviewed = applyReview(small, SMALL, { ...NO_DECISIONS, rejectedMentions: [mentionKey(chishui)] });
    expect(reviewed.mentions?.some((m) => mentionKey(m) === mentionKey(chishui))).toBe(false);
    expect(reviewed.mentions?.length).toBe((small.mentions?.length ?? 0) - 1);
    expect(reviewed.tasks).toEqual(small.tasks);
  });

  it('plan.json validation keeps good mentions and drops malformed ones with a message', () => {
    const good = { documentId: 'd', featureId: 'f', span: { start: 0, end: 2 }, term: 'ab', reason: 'name' };
    const base = { version: 1, documents: [], tasks: [], indicators: [], sections: [], flaws: [], nonTargets: [], unresolvedMentions: [], gazetteer: { files: [], terms: 0 } };
    expect(checkPlanModel({ ...base, mentions: [good] })).toMatchObject({ problems: [], model: { mentions: [good] } });
    const bad = checkPlanModel({ ...base, mentions: [good, { ...good, span: { start: 0, end: 5 } }, 'x'] });
    expect(bad.model.mentions).toEqual([good]);
    expect(bad.problems.join()).toMatch(/2 malformed/);
    expect(checkPlanModel({ ...base, mentions: 3 }).model.mentions).toEqual([]);
  });
});

describe('the reader\'s mentions', () => {
  it('add the document-level mentions to the links\' (a review mention is underlined), the link mentions alone stay as they were', () => {
    const at = YUNNAN.indexOf('赤水河（昭通段）');
    const reader = collectMentions(yunnan, true).get('addeddm01') ?? [];
    expect(reader.find((m) => m.span.start === at)?.featureIds).toEqual(['river-chishui']);
    expect((collectMentions(yunnan).get('addeddm01') ?? []).some((m) => m.span.start === at)).toBe(false);
    for (let i = 1; i < reader.length; i++) expect(reader[i]?.span.start).toBeGreaterThanOrEqual(reader[i - 1]?.span.end ?? 0);
  });
});

describe('span helpers', () => {
  it('union and subtract', () => {
    expect(unionSpans([{ start: 5, end: 8 }, { start: 0, end: 3 }, { start: 2, end: 4 }])).toEqual([{ start: 0, end: 4 }, { start: 5, end: 8 }]);
    expect(subtractSpans([{ start: 0, end: 10 }], [{ start: 2, end: 4 }, { start: 8, end: 12 }])).toEqual([{ start: 0, end: 2 }, { start: 4, end: 8 }]);
  });
});
