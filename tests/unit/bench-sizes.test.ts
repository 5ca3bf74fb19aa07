/** Pure parts of `npm run budget` (src/cli/bench/sizes.ts) on hand-written build output. */
import { describe, expect, it } from 'vitest';
import { dataRefs, htmlRefs, initialGraph, isMaplibre, resolveRef, staticImports, total } from '../../src/cli/bench/sizes';

const HTML = `<!doctype html>
<html><head>
  <link rel="icon" href="data:," />
  <script type="module" crossorigin src="/assets/index-AbC.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/maplibre-gl-XyZ.js">
  <link rel="stylesheet" crossorigin href="/assets/maplibre-gl-q1.css">
  <link rel="stylesheet" href='/assets/index-c2.css'>
  <script src="/legacy.js" defer></script>
  <script>inline()</script>
</head><body><div id="root"></div></body></html>`;

describe('htmlRefs', () => {
  it('finds scripts, modulepreloads and stylesheets (not icons)', () => {
    expect(htmlRefs(HTML)).toEqual({
      scripts: ['/assets/index-AbC.js', '/legacy.js'],
      preloads: ['/assets/maplibre-gl-XyZ.js'],
      styles: ['/assets/maplibre-gl-q1.css', '/assets/index-c2.css'],
    });
  });
});

describe('staticImports', () => {
  it('reads minified static imports and re-exports, not dynamic import()', () => {
    const code = 'import{a as e,t as a}from"./maplibre-gl-XyZ.js";import"./side.js";var x=1;'
      + 'export*from"./re.js";export{q}from\'./named.js\';'
      + 'const l=()=>import(`./lazy-1.js`),m=()=>import("./lazy-2.js");import * as ns from "./ns.js";'
      + 'function f(){return import("./lazy-3.js")};import("./lazy-4.js").then(f);';
    expect(staticImports(code)).toEqual(['./maplibre-gl-XyZ.js', './side.js', './re.js', './named.js', './ns.js']);
  });
  it('ignores identifiers that merely end in "import"', () => {
    expect(staticImports('var reimport"./x.js";')).toEqual([]);
  });
});

describe('resolveRef', () => {
  it('resolves relative and root paths against the importing file', () => {
    expect(resolveRef('assets/index.js', './maplibre.js')).toBe('assets/maplibre.js');
    expect(resolveRef('assets/sub/a.js', '../b.js')).toBe('assets/b.js');
    expect(resolveRef('index.html', '/assets/index.js')).toBe('assets/index.js');
  });
  it('returns null for bare specifiers and URLs', () => {
    expect(resolveRef('assets/a.js', 'react')).toBeNull();
    expect(resolveRef('assets/a.js', 'https://example.org/x.js')).toBeNull();
    expect(resolveRef('assets/a.js', 'data:text/javascript,1')).toBeNull();
  });
});

describe('initialGraph', () => {
  const files: Record<string, string> = {
    'assets/index.js': 'import{a}from"./shared.js";import"./maplibre-gl-1.js";const l=()=>import("./lazy.js");',
    'assets/shared.js': 'import"./leaf.js";export const a=1;',
    'assets/leaf.js': 'import"./shared.js";',
    'assets/maplibre-gl-1.js': 'export const m=1;',
    'assets/lazy.js': 'import"./only-lazy.js";',
  };
  const read = (f: string) => files[f] ?? null;

  it('follows static imports transitively, once each, and not dynamic imports', () => {
    expect(initialGraph(['assets/index.js'], read)).toEqual(['assets/index.js', 'assets/shared.js', 'assets/maplibre-gl-1.js', 'assets/leaf.js']);
  });
  it('skips files it cannot read', () => {
    expect(initialGraph(['assets/missing.js', 'assets/leaf.js'], read)).toEqual(['assets/leaf.js', 'assets/shared.js']);
  });
});

describe('isMaplibre, dataRefs, total', () => {
  it('recognises the maplibre-gl chunk group by file name', () => {
    expect(isMaplibre('assets/maplibre-gl-DcrsK4aL.js')).toBe(true);
    expect(isMaplibre('assets/maplibre-gl-worker-CZtF.mjs')).toBe(true);
    expect(isMaplibre('assets/index-maplibre-gl.js')).toBe(false);
    expect(isMaplibre('assets/index-B0N.js')).toBe(false);
  });
  it('lists the data paths named in string literals', () => {
    const code = 'var a=`/assets/counties-x1.geojson`,b="/assets/plan-Bk.json";Object.assign({"../../geodata/counties.geojson":a});var c=`x.js`;';
    expect(dataRefs(code)).toEqual(['../../geodata/counties.geojson', '/assets/counties-x1.geojson', '/assets/plan-Bk.json']);
  });
  it('adds raw and gzip sizes', () => {
    expect(total([{ file: 'a', raw: 10, gzip: 4 }, { file: 'b', raw: 5, gzip: 3 }])).toEqual({ raw: 15, gzip: 7 });
  });
});
