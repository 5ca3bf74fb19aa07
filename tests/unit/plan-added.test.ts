import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ingestAdded, placeLikeNames, type AddedInput } from '../../src/plan/addDocument';
import { guessCounties, guessDate, guessIssuer, guessTitle } from '../../src/plan/guess';
import { mergeModels } from '../../src/plan/merge';
import { applyReview, linkKey, NO_DECISIONS, PLANNER_LINK_REASON, PLANNER_YEAR_EVIDENCE } from '../../src/plan/review';
import { spanErrors } from '../../src/plan/verify';
import type { PlanModel } from '../../src/plan/types';
import { MIGRATIONS, isProblem, parseWorkspace, serializeWorkspace, WorkspaceDb, type StoredPlan } from '../../src/storage';
import { checkPlans, checkStoredPlan } from '../../src/storage/plans';

const ROOT = join(__dirname, '..', '..');
const BYTES = readFileSync(join(ROOT, 'tests', 'fixtures', 'plan-import', 'yunnan-2026-gov-work-report.txt'));
const TEXT = BYTES.toString('utf8');
const GAZETTEER = readdirSync(join(ROOT, 'geodata')).filter((f) => f.endsWith('.geojson')).sort()
  .map((file) => ({ file, json: JSON.parse(readFileSync(join(ROOT, 'geodata', file), 'utf8')) as unknown }));
const ID = 'addedtest01';
const input: AddedInput = {
  meta: { id: ID, title: '2026年政府工作报告', issuer: '云南省人民政府', date: '2026-01-28', area: '云南省', areaCounties: ['530602', '530627'] },
  fileName: 'yunnan-2026-gov-work-report.txt', text: TEXT, sha256: createHash('sha256').update(BYTES).digest('hex'), gazetteer: GAZETTEER,
};
const result = ingestAdded(input);
const model = result.model;
const base = JSON.parse(readFileSync(join(ROOT, 'geodata', 'plan.json'), 'utf8')) as PlanModel;
const FIXTURE_V1 = readFileSync(join(ROOT, 'tests', 'fixtures', 'import', 'workspace-v1.json'), 'utf8');
const stored = (m: PlanModel = model): StoredPlan => ({ id: ID, fileName: input.fileName, format: 'txt', encoding: 'utf-8', addedAt: '2026-12-06T21:00:00.000Z', text: TEXT, model: m });

describe('one added document', () => {
  it('is one document with the given metadata, every span verifying against the text', () => {
    expect(model.documents.map((d) => [d.id, d.title, d.length])).toEqual([[ID, input.meta.title, TEXT.length]]);
    expect(model.indicators.length).toBeGreaterThan(0);
    expect(spanErrors(model, { [ID]: TEXT })).toEqual([]);
  });

  it('span verification fails on a changed text or a moved span', () => {
    expect(spanErrors(model, { [ID]: TEXT.replace(/\d/g, '0') }).length).toBeGreaterThan(0);
    const first = model.indicators[0];
    if (!first) throw new Error('no indicator');
    const moved = { ...model, indicators: [{ ...first, span: { start: first.span.start + 1, end: first.span.end + 1 } }] };
    expect(spanErrors(moved, { [ID]: TEXT })).toEqual([`indicator ${first.id}: quote differs`]);
  });

  it('lists place-like names that matched nothing, never a linked mention', () => {
    const names = placeLikeNames('推进乌蒙县的建设，在赤水河、大关镇发展。全省城市更新。', { ...model, tasks: [], indicators: [] });
    expect(names.map((n) => n.term)).toEqual(['乌蒙县', '赤水河']);
    const linked = result.model.tasks.flatMap((t) => t.links).flatMap((l) => (l.span ? [l.span] : []));
    for (const p of result.placeLike) expect(linked.some((s) => s.start < p.span.end && p.span.start < s.end)).toBe(false);
  });
});

describe('review decisions', () => {
  const [a, b] = model.indicators;
  const linked = model.tasks.find((t) => t.links.length > 0);
  it('rejects an indicator, corrects a year, rejects a link and adds a planner link', () => {
    if (!a || !b) throw new Error('fixture has fewer than two indicators');
    const task = model.tasks.find((t) => t.id === a.taskId);
    if (!task) throw new Error('no task');
    const term = TEXT.slice(task.span.start, task.span.start + 2);
    const reviewed = applyReview(model, TEXT, {
      rejectedIndicators: [a.id],
      years: { [b.id]: 2030 },
      rejectedLinks: linked?.links[0] ? [linkKey(linked.id, linked.links[0])] : [],
      addedLinks: [{ taskId: task.id, featureId: 'river-chishui', span: { start: task.span.start, end: task.span.start + 2 }, term }],
    });
    expect(reviewed.indicators.some((i) => i.id === a.id)).toBe(false);
    expect(reviewed.tasks.find((t) => t.id === a.taskId)?.indicatorIds).not.toContain(a.id);
    expect(reviewed.indicators.find((i) => i.id === b.id)).toMatchObject({ targetYear: 2030, yearEvidence: PLANNER_YEAR_EVIDENCE });
    const planner = reviewed.tasks.find((t) => t.id === task.id)?.links.find((l) => l.reason === PLANNER_LINK_REASON);
    expect(planner).toMatchObject({ featureId: 'river-chishui', kind: 'curated', quote: term });
    expect(reviewed.tasks.find((t) => t.id === task.id)?.featureIds).toContain('river-chishui');
    if (linked?.links[0]) {
      const after = reviewed.tasks.find((t) => t.id === linked.id);
      expect(after?.links.some((l) => linkKey(linked.id, l) === linkKey(linked.id, linked.links[0] as never))).toBe(false);
    }
    expect(spanErrors(reviewed, { [ID]: TEXT })).toEqual([]);
  });
  it('no decisions leave the model as it is; a planner link whose term is not at its span is ignored', () => {
    expect(applyReview(model, TEXT, NO_DECISIONS)).toEqual(model);
    const task = model.tasks[0];
    if (!task) throw new Error('no task');
    const bad = applyReview(model, TEXT, { ...NO_DECISIONS, addedLinks: [{ taskId: task.id, featureId: 'x', span: { start: 0, end: 2 }, term: '不是' }] });
    expect(bad).toEqual(model);
  });
});

describe('the app model with added documents', () => {
  it('appends the added document to the committed model and skips a clashing id', () => {
    const merged = mergeModels(base, [model]);
    expect(merged.documents.map((d) => d.id)).toEqual([...base.documents.map((d) => d.id), ID]);
    expect(merged.indicators.length).toBe(base.indicators.length + model.indicators.length);
    expect(mergeModels(base, [])).toBe(base);
    const clash = { ...model, documents: [{ ...(model.documents[0] as PlanModel['documents'][number]), id: base.documents[0]?.id ?? '' }] };
    expect(mergeModels(base, [clash]).documents.length).toBe(base.documents.length);
  });
});

describe('stored added documents', () => {
  it('a stored plan checks; a changed text, a foreign id or a bad format is refused', () => {
    expect(checkStoredPlan(stored())).toEqual(stored());
    const why = (v: unknown) => { const c = checkStoredPlan(v); return isProblem(c) ? c.params.why : 'ok'; };
    const at = model.indicators[0]?.span.start ?? 0;
    expect(why({ ...stored(), text: `${TEXT.slice(0, at)}X${TEXT.slice(at + 1)}` })).toMatch(/^span: /);
    expect(why({ ...stored(), id: 'zt' })).toBe('id');
    expect(why({ ...stored(), format: 'doc' })).toBe('format');
    expect(why({ ...stored(), id: 'addedother01' })).toBe('document');
  });

  it('migrates a v1 database to v2 (plans store), keeps its records, round-trips a plan', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('ws', 1);
      req.onupgradeneeded = () => {
        for (const s of ['importedLayers', 'scenes', 'notes']) req.result.createObjectStore(s, { keyPath: 'id' });
        req.result.createObjectStore('meta', { keyPath: 'key' });
        req.transaction?.objectStore('notes').put({ id: 'n1', text: '旧备注' });
      };
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });
    const { db, problems } = await WorkspaceDb.open({ factory, name: 'ws' });
    if (!db) throw new Error('not opened');
    expect(problems).toEqual([]);
    expect(db.version).toBe(2);
    await db.putPlan(stored());
    const read = await db.readAll();
    expect(read.problems).toEqual([]);
    expect(read.data.notes).toEqual([{ id: 'n1', text: '旧备注' }]);
    expect((await db.readStore('plans')).values).toEqual([stored()]);
    await db.deletePlan(ID);
    expect((await db.readStore('plans')).values).toEqual([]);
  });

  it('a database left at v1 (its migration failed) takes a workspace without plans and refuses plans with a reason', async () => {
    const { db } = await WorkspaceDb.open({ factory: new IDBFactory(), name: 'v1', migrations: MIGRATIONS.slice(0, 1) });
    if (!db) throw new Error('not opened');
    expect(db.version).toBe(1);
    await db.putAll({ importedLayers: [], scenes: [{ id: 's' }], notes: [], meta: [], plans: [] });
    expect((await db.readAll()).data.scenes).toEqual([{ id: 's' }]);
    await expect(db.putAll({ importedLayers: [], scenes: [], notes: [], meta: [], plans: [stored()] })).rejects.toThrow(/cannot store added plans/);
  });

  it('go through the workspace file and back unchanged; a damaged one is reported and the rest kept', () => {
    const text = serializeWorkspace({ importedLayers: [], scenes: [], notes: [], meta: [], plans: [stored()] }, '2026-12-06T21:00:00.000Z');
    const parsed = parseWorkspace(text);
    expect(parsed.problems).toEqual([]);
    expect(checkPlans(parsed.rawPlans)).toEqual({ plans: [stored()], problems: [] });
    const damaged = serializeWorkspace({ importedLayers: [], scenes: [], notes: [], meta: [], plans: [stored(), { ...stored(), id: 'addedbroken1' }, stored()] }, 'x');
    expect(checkPlans(parseWorkspace(damaged).rawPlans)).toEqual({
      plans: [stored()],
      problems: [
        { code: 'invalidRecord', params: { store: 'plans', id: 'addedbroken1', why: 'document' } },
        { code: 'invalidRecord', params: { store: 'plans', id: ID, why: 'duplicate' } },
      ],
    });
    expect(parseWorkspace(FIXTURE_V1).rawPlans).toEqual([]);
  });
});

describe('metadata guesses', () => {
  it('guess title, date, issuer and counties from the text', () => {
    expect(guessTitle(TEXT)).toBe('2026年政府工作报告');
    expect(guessDate('——2026年1月28日在云南省')).toBe('2026-01-28');
    expect(guessDate(TEXT)).toMatch(/^2026-0[12]-\d\d$/);
    expect(guessIssuer(TEXT, ['云南省', '昭通市', '云南'])).toBe('云南省人民政府');
    expect(guessIssuer('无', ['云南省'])).toBe('');
    expect(guessCounties('加快镇雄、古蔺县发展', [{ id: '530627', name: '镇雄县' }, { id: '510525', name: '古蔺县' }, { id: '530602', name: '昭阳区' }]))
      .toEqual(['530627', '510525']);
  });
});
