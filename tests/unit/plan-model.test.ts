/**
 * The committed geodata/plan.json: fresh, hashed seeds, every span true to its seed, references whole.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan, formatPlan, PROJECT_ROOT } from '../../src/cli/ingest.ts';
import type { PlanModel, Span } from '../../src/plan/types.ts';

const root = PROJECT_ROOT;
const committedText = readFileSync(join(root, 'geodata', 'plan.json'), 'utf8');
const model = JSON.parse(committedText) as PlanModel;
const index = JSON.parse(readFileSync(join(root, 'seeds', 'index.json'), 'utf8')) as { documents: { id: string; file: string; sha256: string }[] };
const texts: Record<string, string> = Object.fromEntries(
  model.documents.map((d) => [d.id, readFileSync(join(root, 'seeds', d.file), 'utf8')]),
);

function slice(documentId: string, span: Span): string {
  const text = texts[documentId];
  if (text === undefined) throw new Error(`no seed for ${documentId}`);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThan(span.start);
  expect(span.end).toBeLessThanOrEqual(text.length);
  return text.slice(span.start, span.end);
}

function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

describe('plan.json is fresh and its seeds are the hashed ones', () => {
  it('every seed matches the sha256 in seeds/index.json and in plan.json', () => {
    for (const entry of index.documents) {
      const digest = createHash('sha256').update(readFileSync(join(root, 'seeds', entry.file))).digest('hex');
      expect(digest).toBe(entry.sha256);
      expect(model.documents.find((d) => d.id === entry.id)?.sha256).toBe(digest);
    }
  });

  it('equals a fresh ingest of the seeds and the current gazetteer (run `npm run ingest` if this fails)', () => {
    const fresh = buildPlan(root).model;
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(model);
    expect(formatPlan(fresh)).toBe(committedText);
  });

  it('is version 1 with every document of seeds/index.json, in its order', () => {
    expect(model.version).toBe(1);
    expect(model.documents.map((d) => d.id)).toEqual(index.documents.map((d) => d.id));
    expect(model.documents.map((d) => d.id)).toEqual(expect.arrayContaining(['zt', 'lz']));
    for (const d of model.documents) expect(d.length).toBe(texts[d.id]?.length);
  });
});

describe('every span verifies against its seed', () => {
  it('sections: title inside the title span, title span inside the section span', () => {
    for (const s of model.sections) {
      const whole = slice(s.documentId, s.span);
      const title = slice(s.documentId, s.titleSpan);
      expect(inside(s.titleSpan, s.span), s.id).toBe(true);
      expect(title.includes(s.title.replace(/^…/, '')), s.id).toBe(true);
      expect(whole.length).toBeGreaterThan(0);
    }
  });

  it('tasks: span, title and units parenthesis', () => {
    for (const t of model.tasks) {
      const body = slice(t.documentId, t.span);
      expect(body.includes(t.title.replace(/^…/, '')), t.id).toBe(true);
      if (t.unitsSpan) {
        expect(inside(t.unitsSpan, t.span), t.id).toBe(true);
        expect(slice(t.documentId, t.unitsSpan)).toMatch(/^[((]牵头单位[::].*[))]$/);
      }
    }
  });

  it('indicators: quote equals the span text, figure inside the quote', () => {
    for (const i of model.indicators) {
      expect(slice(i.documentId, i.span), i.id).toBe(i.quote);
      const task = model.tasks.find((t) => t.id === i.taskId);
      expect(task && inside(i.span, task.span), i.id).toBe(true);
      if (i.valueSpan) {
        expect(inside(i.valueSpan, i.span), i.id).toBe(true);
        const figure = slice(i.documentId, i.valueSpan);
        if (/^\d/.test(figure) && i.value !== null) expect(figure.startsWith(String(i.value)), i.id).toBe(true);
      }
    }
  });

  it('links of tasks and indicators: quote equals the span text, inside the owner', () => {
    const owners = [...model.tasks, ...model.indicators];
    let count = 0;
    for (const o of owners) {
      for (const l of o.links) {
        if (!l.span) continue;
        count++;
        expect(slice(o.documentId, l.span), `${o.id} → ${l.featureId}`).toBe(l.quote);
        expect(inside(l.span, o.span), `${o.id} → ${l.featureId}`).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('flaws and non-targets: quote equals the span text', () => {
    for (const f of model.flaws) expect(slice(f.documentId, f.span), f.id).toBe(f.quote);
    for (const n of model.nonTargets) expect(slice(n.documentId, n.span)).toBe(n.quote);
    for (const u of model.unresolvedMentions) expect(slice(u.documentId, u.span)).toBe(u.term);
  });
});

describe('references are whole', () => {
  it('ids are unique and every reference resolves', () => {
    const sectionIds = new Set(model.sections.map((s) => s.id));
    const taskIds = new Set(model.tasks.map((t) => t.id));
    const indicatorIds = new Set(model.indicators.map((i) => i.id));
    const flawIds = new Set(model.flaws.map((f) => f.id));
    expect(sectionIds.size).toBe(model.sections.length);
    expect(taskIds.size).toBe(model.tasks.length);
    expect(indicatorIds.size).toBe(model.indicators.length);
    for (const s of model.sections) if (s.parentId) expect(sectionIds.has(s.parentId), s.id).toBe(true);
    for (const t of model.tasks) {
      expect(sectionIds.has(t.sectionId), t.id).toBe(true);
      expect(t.indicatorIds).toEqual(model.indicators.filter((i) => i.taskId === t.id).map((i) => i.id));
      expect(t.featureIds).toEqual(t.links.map((l) => l.featureId));
      for (const f of t.flaws) expect(flawIds.has(f), t.id).toBe(true);
      expect(t.scope).toBe(t.links.some((l) => !l.featureId.startsWith('river-')) ? 'named-places' : 'document-area');
    }
    for (const i of model.indicators) {
      expect(taskIds.has(i.taskId), i.id).toBe(true);
      expect(i.id.startsWith(`ind-${i.taskId}-`)).toBe(true);
      expect(i.featureIds).toEqual(i.links.map((l) => l.featureId));
    }
    for (const f of model.flaws) for (const a of f.affects) expect(model.tasks.find((t) => t.id === a)?.flaws).toContain(f.id);
  });

  it('links only point at features of the gazetteer that was read', () => {
    const ids = new Set<string>();
    for (const { file } of model.gazetteer.files) {
      const json = JSON.parse(readFileSync(join(root, 'geodata', file), 'utf8')) as { features: { id?: unknown; properties: { id?: unknown } }[] };
      for (const f of json.features) ids.add(String(f.properties.id ?? f.id));
    }
    const linked = new Set([...model.tasks, ...model.indicators].flatMap((o) => o.links.map((l) => l.featureId)));
    for (const id of linked) expect(ids.has(id), id).toBe(true);
  });
});
