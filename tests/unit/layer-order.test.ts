/**
 * The layer order (src/cli/lint/layers.js) as the project's ESLint config applies it: planted backward
 * imports are errors, imports down the order are not, and the live tree has none.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RULE = 'layers/order';
// Only the layer rule runs (the project's config, its other rules filtered out): the test is about the order.
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => ruleId === RULE });

/** The layer-rule messages for code planted at a path (nothing is written to disk). */
async function lintPlanted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('layer order', () => {
  test('src/map importing a panel is an error', async () => {
    const messages = await lintPlanted('src/map/planted.ts', "import { RightPanel } from '../panels/RightPanel';\nexport const x = RightPanel;\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/src\/map\/planted\.ts \(map\) must not import src\/panels\/RightPanel \(views\)/);
  });

  test('src/geo importing state is an error, also from a subfolder, a re-export or a dynamic import', async () => {
    const code = [
      "import { useUi } from '../../state/ui';",
      "export { useData } from '../../state/data';",
      "export const later = () => import('../../state/explore');",
      'export type T = typeof import("../../state/camera");',
      'export const y = useUi;',
    ].join('\n');
    const messages = await lintPlanted('src/geo/coverage/planted.ts', code);
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(m).toMatch(/\(core\) must not import src\/state\/\w+ \(state\)/);
  });

  test('a pure module may not import React hooks of the state layer; map/style is pure, map/ is not', async () => {
    expect(await lintPlanted('src/explore/planted.ts', "export { useCoverageData } from '../state/useCoverageData';\n")).toHaveLength(1);
    expect(await lintPlanted('src/map/style/planted.ts', "export { MapAdapter } from '../adapter';\n")).toHaveLength(1);
    expect(await lintPlanted('src/map/planted.ts', "export { buildStyle } from './style/build';\n")).toEqual([]);
  });

  test('the pure layers load no React, store or map; type-only imports of MapLibre types are fine', async () => {
    const messages = await lintPlanted('src/present/planted.ts', "import { useMemo } from 'react';\nimport { create } from 'zustand';\nexport const p = [useMemo, create];\n");
    expect(messages).toEqual([expect.stringMatching(/is pure and must not load react/), expect.stringMatching(/must not load zustand/)]);
    expect(await lintPlanted('src/geo/planted.ts', "export const m = () => import('maplibre-gl');\n")).toHaveLength(1);
    expect(await lintPlanted('src/map/style/planted.ts', "import type { StyleSpecification } from 'maplibre-gl';\nexport type S = StyleSpecification;\n")).toEqual([]);
    expect(await lintPlanted('src/state/planted.ts', "import { create } from 'zustand';\nexport const c = create;\n")).toEqual([]);
  });

  test('imports down the order, packages and data files are fine', async () => {
    const code = [
      "import { create } from 'zustand';",
      "import { LAYER_IDS } from '../geo/types';",
      "import type { Camera } from '../types/domain';",
      "import manifest from '../../geodata/manifest.json';",
      'export const z = [create, LAYER_IDS, manifest] as const;',
      'export type C = Camera;',
    ].join('\n');
    expect(await lintPlanted('src/state/planted.ts', code)).toEqual([]);
  });

  test('a file in a folder the order does not name is reported', async () => {
    const messages = await lintPlanted('src/newfolder/planted.ts', 'export const n = 1;\n');
    expect(messages).toEqual([expect.stringMatching(/in no layer/)]);
  });

  test('the live tree has no backward import', async () => {
    const results = await eslint.lintFiles(['src/**/*.{ts,tsx}']);
    const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => m.message));
    expect(found).toEqual([]);
  }, 120_000);
});
