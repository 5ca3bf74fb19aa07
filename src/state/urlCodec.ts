/**
 * The shareable part of the screen, as URL query parameters, parsed against a schema. Unknown or
 * invalid values are ignored and reported as notices; the rest of the URL still applies.
 *
 * Parameters (all optional):
 *   lang=zh|en
 *   v=lng,lat,zoom[,bearing,pitch]          camera
 *   layers=counties,parks,…                 visible layers (comma list of LayerId)
 *   sel=<feature id>                        selected feature
 *   focus=task:<id>|indicator:<id>|agency:<name>
 *   panel=details|reader|tasks|indicators   right-panel tab
 *   doc=<documentId>                        document open in the reader
 *   theme=…, fdoc=…, lead=…, year=…, status=…   table filters
 *   phase=all|existing|2022|2025|2035
 *   cmp=<phase>                             swipe compare: right-hand phase
 *   scene=<scene id>                        opens a scene of the presentation deck
 */
import { LANGS, type Lang } from '../i18n/strings';
import { LAYER_IDS, type LayerId } from '../geo/types';
import { PANELS, PHASES, type Camera, type Filters, type Focus, type Panel, type Phase } from '../types/domain';

/** Everything the URL can carry; absent keys mean "default". */
export interface UrlState {
  lang?: Lang;
  camera?: Camera;
  layers?: LayerId[];
  selected?: string;
  focus?: Focus;
  panel?: Panel;
  doc?: string;
  filters?: Filters;
  phase?: Phase;
  compare?: Phase;
  /** A presentation scene to open (applied by the present store once the deck is loaded). */
  scene?: string;
}

export interface Parsed {
  state: UrlState;
  /** One message per ignored parameter, naming it and its value. */
  notices: string[];
}

const MAX_LEN = 200;

function parseCamera(raw: string): Camera | null {
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 && parts.length !== 5) return null;
  if (parts.some((n) => !Number.isFinite(n))) return null;
  const [lng = 0, lat = 0, zoom = 0, bearing = 0, pitch = 0] = parts;
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22 || pitch < 0 || pitch > 85) return null;
  return { center: [lng, lat], zoom, bearing: ((bearing % 360) + 360) % 360, pitch };
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Parses a query string (with or without the leading "?"). Never throws. */
export function parseUrl(search: string): Parsed {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const notices: string[] = [];
  const ignore = (key: string, value: string) => notices.push(`${key}=${value.slice(0, 60)}`);
  const filters: Filters = {};
  for (const [key, value] of params) {
    if (value.length > MAX_LEN) {
      ignore(key, value);
      continue;
    }
    switch (key) {
      case 'lang':
        if (isOneOf(LANGS, value)) state.lang = value;
        else ignore(key, value);
        break;
      case 'v': {
        const camera = parseCamera(value);
        if (camera) state.camera = camera;
        else ignore(key, value);
        break;
      }
      case 'layers': {
        const ids = value === '' ? [] : value.split(',');
        const bad = ids.filter((id) => !isOneOf(LAYER_IDS, id));
        if (bad.length > 0) ignore(key, bad.join(','));
        state.layers = ids.filter((id): id is LayerId => isOneOf(LAYER_IDS, id));
        break;
      }
      case 'sel':
        if (/^[\w.-]{1,80}$/.test(value)) state.selected = value;
        else ignore(key, value);
        break;
      case 'focus': {
        const at = value.indexOf(':');
        const kind = value.slice(0, at);
        const id = value.slice(at + 1);
        if (at > 0 && id && (kind === 'task' || kind === 'indicator' || kind === 'agency')) state.focus = { kind, id };
        else ignore(key, value);
        break;
      }
      case 'panel':
        if (isOneOf(PANELS, value)) state.panel = value;
        else ignore(key, value);
        break;
      case 'doc':
        if (/^[\w-]{1,40}$/.test(value)) state.doc = value;
        else ignore(key, value);
        break;
      case 'phase':
        if (isOneOf(PHASES, value)) state.phase = value;
        else ignore(key, value);
        break;
      case 'cmp':
        if (isOneOf(PHASES, value)) state.compare = value;
        else ignore(key, value);
        break;
      case 'scene':
        if (/^[\w.-]{1,80}$/.test(value)) state.scene = value;
        else ignore(key, value);
        break;
      case 'fdoc': filters.documentId = value; break;
      case 'theme': filters.theme = value; break;
      case 'lead': filters.lead = value; break;
      case 'year': filters.year = value; break;
      case 'status': filters.status = value; break;
      default:
        ignore(key, value);
    }
  }
  if (Object.keys(filters).length > 0) state.filters = filters;
  return { state, notices };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Serialises state to a query string (without "?"), in a fixed key order, omitting defaults. */
export function formatUrl(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lang && state.lang !== 'zh') params.set('lang', state.lang);
  if (state.camera) {
    const c = state.camera;
    const base = [round(c.center[0], 5), round(c.center[1], 5), round(c.zoom, 2)];
    const tail = c.bearing !== 0 || c.pitch !== 0 ? [round(c.bearing, 1), round(c.pitch, 1)] : [];
    params.set('v', [...base, ...tail].join(','));
  }
  if (state.layers) params.set('layers', state.layers.join(','));
  if (state.selected) params.set('sel', state.selected);
  if (state.focus) params.set('focus', `${state.focus.kind}:${state.focus.id}`);
  if (state.panel && state.panel !== 'details') params.set('panel', state.panel);
  if (state.doc) params.set('doc', state.doc);
  if (state.phase && state.phase !== 'all') params.set('phase', state.phase);
  if (state.compare) params.set('cmp', state.compare);
  if (state.scene) params.set('scene', state.scene);
  const f = state.filters ?? {};
  if (f.documentId) params.set('fdoc', f.documentId);
  if (f.theme) params.set('theme', f.theme);
  if (f.lead) params.set('lead', f.lead);
  if (f.year) params.set('year', f.year);
  if (f.status) params.set('status', f.status);
  return params.toString();
}

/**
 * The state to apply when a page's URL is first read, once the data has loaded: what the URL names wins,
 * and whatever it leaves out keeps what the planner already chose while the data was loading (a tab, the
 * language, a filter), rather than falling back to the defaults. The camera is left to the URL alone.
 */
export function overCurrent(url: UrlState, current: UrlState): UrlState {
  const merged: UrlState = { ...current, camera: undefined };
  for (const key of Object.keys(url) as (keyof UrlState)[]) {
    if (url[key] !== undefined) Object.assign(merged, { [key]: url[key] });
  }
  // Filters one by one: a URL naming a theme keeps the lead unit chosen meanwhile.
  if (url.filters) merged.filters = { ...current.filters, ...url.filters };
  return merged;
}
