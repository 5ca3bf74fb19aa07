/**
 * The layer order of src/, as an ESLint rule (`layers/order`). Dependencies run one way, from the top
 * down; a module may import its own layer and the layers below it, never one above.
 *
 *   cli      build-time scripts (nothing in the app imports them)
 *   app      main.tsx, app/: the shell
 *   views    panels/, briefing/: React components of the panels and the briefing page
 *   map      map/ (not map/style/): the MapLibre adapter and the components hosting it
 *   state    state/: zustand stores, their pure updaters, cross-store actions and selector hooks
 *   domain   explore/, present/, search/, export/, import/, notes/, storage/, workers/, map/style/:
 *            pure transforms and services (no store, no React)
 *   core     types/, geo/, plan/, i18n/, util/, pwa/: the domain types, geography, plan model, strings
 *
 * Relative imports are checked against the order. Packages are not layers, but the pure layers may not
 * load React, zustand or MapLibre (type-only imports of MapLibre's style types are fine). A file below
 * src/ that no layer names is reported, so a new folder has to be placed in the order.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This file is src/cli/lint/layers.js: the repository root is three folders up.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Layers from the top down; the first matching prefix wins (so map/style/ is matched before map/). */
export const LAYERS = [
  { name: 'cli', paths: ['src/cli/'] },
  { name: 'app', paths: ['src/main.tsx', 'src/app/'] },
  { name: 'views', paths: ['src/panels/', 'src/briefing/'] },
  { name: 'map', paths: ['src/map/'], except: ['src/map/style/'] },
  { name: 'state', paths: ['src/state/'] },
  {
    name: 'domain',
    paths: ['src/explore/', 'src/present/', 'src/search/', 'src/export/', 'src/import/', 'src/notes/', 'src/storage/', 'src/workers/', 'src/map/style/'],
  },
  { name: 'core', paths: ['src/types/', 'src/geo/', 'src/plan/', 'src/i18n/', 'src/util/', 'src/pwa/'] },
];

const ORDER = LAYERS.map((l) => l.name).join(' → ');

/** Packages the pure layers (domain, core) may not load: no store, no React, no map. */
const PURE = new Set(['domain', 'core']);
const NOT_PURE = ['react', 'react-dom', 'zustand', 'maplibre-gl'];

/** The index of the layer a project-relative path belongs to (0 is the top), or -1 outside src/'s layers. */
export function layerOf(relative) {
  const p = relative.split(path.sep).join('/');
  return LAYERS.findIndex((l) => l.paths.some((pre) => p === pre || p.startsWith(pre)) && !(l.except ?? []).some((pre) => p.startsWith(pre)));
}

const order = {
  meta: {
    type: 'problem',
    docs: { description: `imports run down the layer order ${ORDER}` },
    messages: {
      upward: '{{from}} ({{fromLayer}}) must not import {{to}} ({{toLayer}}): dependencies run ' + ORDER + '.',
      unplaced: '{{from}} is in no layer of src/cli/lint/layers.js: add its folder to the layer order.',
      impure: '{{from}} ({{fromLayer}}) is pure and must not load {{pkg}}: stores, React and the map live in the layers above.',
    },
    schema: [],
  },
  create(context) {
    const file = path.relative(ROOT, context.filename);
    if (!file.startsWith(`src${path.sep}`)) return {};
    const from = layerOf(file);
    if (from === -1) {
      return { Program: (node) => context.report({ node, messageId: 'unplaced', data: { from: file } }) };
    }
    const check = (node, source, typeOnly = false) => {
      if (typeof source !== 'string') return;
      if (!source.startsWith('.')) {
        const pkg = NOT_PURE.find((p) => source === p || source.startsWith(`${p}/`));
        if (pkg && !typeOnly && PURE.has(LAYERS[from].name)) {
          context.report({ node, messageId: 'impure', data: { from: file, fromLayer: LAYERS[from].name, pkg } });
        }
        return;
      }
      const target = path.relative(ROOT, path.resolve(path.dirname(context.filename), source));
      const to = layerOf(target);
      if (to === -1 || to >= from) return;
      context.report({
        node,
        messageId: 'upward',
        data: { from: file, fromLayer: LAYERS[from].name, to: target, toLayer: LAYERS[to].name },
      });
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value, node.importKind === 'type' || node.exportKind === 'type');
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      // `typeof import('…')`: typescript-eslint 8.5x names the literal `source` (`argument` before).
      TSImportType: (node) => {
        if (node.source) return check(node.source, node.source.value, true);
        const arg = node.argument;
        if (arg?.type === 'TSLiteralType' && arg.literal.type === 'Literal') check(arg, arg.literal.value, true);
      },
    };
  },
};

/** The local plugin: `layers/order`. */
export default { meta: { name: 'layers' }, rules: { order } };
