/**
 * Development set: documents the ingest was not written for, annotated by hand
 * (tests/fixtures/plan-corpus/*.annotations.json). Prints, per document, recall, precision and year
 * and comparator accuracy of the numeric targets and the recall and precision of place links, and requires
 * ≥ 90 % each. The annotations list every mention of a feature of this map in the forward-looking parts, so a
 * link whose mention is not annotated (大关 inside "扩大关键") is a false one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/ingest.ts';
import { ingest } from '../../src/plan/ingest/index.ts';
import type { GazetteerFile } from '../../src/plan/ingest/gazetteer.ts';
import type { Comparator, Link, PlanModel, Span } from '../../src/plan/types.ts';

interface Annotations {
  document: { id: string; file: string; title: string; issuer: string; date: string; areaCounties: string[] };
  targets: { quote: string; start: number; end: number; figureStart: number; figureEnd: number; value: number; unit: string; year: number | null; comparator: Comparator }[];
  places: { quote: string; start: number; end: number; featureId: string }[];
}

const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'plan-corpus');
const geodata = join(PROJECT_ROOT, 'geodata');
const gazetteer: GazetteerFile[] = readdirSync(geodata)
  .filter((f) => f.endsWith('.geojson'))
  .sort()
  .map((file) => ({ file, json: JSON.parse(readFileSync(join(geodata, file), 'utf8')) as unknown }));
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.annotations.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Annotations);

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Scores one ingested document against its annotations. */
function score(model: PlanModel, a: Annotations) {
  const found = model.indicators.filter((i) => i.documentId === a.document.id);
  const figureOf = (t: Annotations['targets'][number]): Span => ({ start: t.figureStart, end: t.figureEnd });
  const matchOf = (t: Annotations['targets'][number]) => found.find((i) => (i.valueSpan ? overlaps(i.valueSpan, figureOf(t)) : false));
  const matched = a.targets.map((t) => ({ t, i: matchOf(t) }));
  const hits = matched.filter((m) => m.i !== undefined);
  const precise = found.filter((i) => a.targets.some((t) => i.valueSpan !== null && overlaps(i.valueSpan, figureOf(t))));
  const years = hits.filter((m) => m.i?.targetYear === m.t.year);
  // A task links each feature once (its first mention): a mention is placed when the task or indicator that
  // holds it links its feature.
  const owners = [...model.tasks, ...model.indicators].filter((o) => o.documentId === a.document.id);
  const placed = a.places.filter((p) => owners.some((o) => o.span.start <= p.start && p.end <= o.span.end && o.featureIds.includes(p.featureId)));
  // Every link the ingest made (a task and its indicator may carry the same one): right when an annotated
  // mention of its feature (or, for a county derived from a named place, of that place) lies at its span.
  const links = new Map<string, Link>();
  for (const o of owners) for (const l of o.links) links.set(`${l.featureId}@${l.span?.start ?? -1}`, l);
  const rightLink = (l: Link): boolean =>
    a.places.some((p) => l.span !== undefined && overlaps(l.span, p) && (p.featureId === l.featureId || p.featureId === l.via));
  const falseLinks = [...links.values()].filter((l) => !rightLink(l));
  const comparators = hits.filter((m) => m.i?.comparator === m.t.comparator);
  const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
  return {
    recall: ratio(hits.length, a.targets.length),
    precision: ratio(precise.length, found.length),
    yearAccuracy: ratio(years.length, hits.length),
    comparatorAccuracy: ratio(comparators.length, hits.length),
    placeRecall: ratio(placed.length, a.places.length),
    placePrecision: ratio(links.size - falseLinks.length, links.size),
    missed: matched.filter((m) => m.i === undefined).map((m) => m.t.quote),
    spurious: found.filter((i) => !precise.includes(i)).map((i) => i.quote),
    wrongYear: hits.filter((m) => m.i?.targetYear !== m.t.year).map((m) => `${m.t.quote}: ${m.i?.targetYear ?? 'null'} ≠ ${m.t.year ?? 'null'}`),
    wrongComparator: hits.filter((m) => m.i?.comparator !== m.t.comparator).map((m) => `${m.t.quote}: ${m.i?.comparator ?? '?'} ≠ ${m.t.comparator}`),
    falseLinks: falseLinks.map((l) => `${l.quote ?? '(no span)'}@${l.span?.start ?? '?'} → ${l.featureId}`),
    unplaced: a.places.filter((p) => !placed.includes(p)).map((p) => `${p.quote}@${p.start} → ${p.featureId}`),
    counts: `${hits.length}/${a.targets.length} targets, ${found.length} indicators, ${placed.length}/${a.places.length} places, ${links.size} links`,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

describe('development set (hand-annotated documents the ingest was not written for)', () => {
  const table: string[] = [];
  afterAll(() => {
    console.log(['document  recall   precision  year     comparator  place recall  place precision', ...table].join('\n'));
  });

  it('has at least two annotated documents', () => {
    expect(docs.length).toBeGreaterThanOrEqual(2);
  });

  for (const a of docs) {
    it(`${a.document.id}: recall, precision, year and comparator accuracy, place recall and precision ≥ 90 %`, () => {
      const text = readFileSync(join(dir, a.document.file), 'utf8');
      for (const t of a.targets) expect(text.slice(t.start, t.end), 'annotation span').toBe(t.quote);
      for (const p of a.places) expect(text.slice(p.start, p.end), 'annotation span').toBe(p.quote);
      const { model } = ingest({ seeds: [{ entry: { ...a.document, area: '' }, text }], gazetteer });
      const s = score(model, a);
      console.log(
        `${a.document.id}: recall ${pct(s.recall)}, precision ${pct(s.precision)}, year accuracy ${pct(s.yearAccuracy)}, ` +
          `comparator accuracy ${pct(s.comparatorAccuracy)}, place recall ${pct(s.placeRecall)}, place precision ${pct(s.placePrecision)} (${s.counts})`,
      );
      table.push(
        [a.document.id.padEnd(8), s.recall, s.precision, s.yearAccuracy, s.comparatorAccuracy, s.placeRecall, s.placePrecision].map((x) => (typeof x === 'number' ? pct(x) : x)).join('  '),
      );
      for (const m of s.missed) console.log(`  missed: ${m}`);
      for (const m of s.spurious) console.log(`  not a target: ${m}`);
      for (const m of s.wrongYear) console.log(`  year: ${m}`);
      for (const m of s.wrongComparator) console.log(`  comparator: ${m}`);
      for (const m of s.unplaced) console.log(`  place not linked: ${m}`);
      for (const m of s.falseLinks) console.log(`  false place link: ${m}`);
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
      expect(s.precision).toBeGreaterThanOrEqual(0.9);
      expect(s.yearAccuracy).toBeGreaterThanOrEqual(0.9);
      expect(s.comparatorAccuracy).toBeGreaterThanOrEqual(0.9);
      expect(s.placeRecall).toBeGreaterThanOrEqual(0.9);
      expect(s.placePrecision).toBeGreaterThanOrEqual(0.9);
    });
  }
});
