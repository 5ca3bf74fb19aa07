/**
 * CSV reader: a table with a header line and longitude/latitude columns (lon/lng/longitude/x/经度 and
 * lat/latitude/y/纬度, with or without units in brackets) becomes points; every column is kept as text.
 * Quoted cells (RFC 4180), comma / semicolon / tab delimiters, decimal commas in semicolon files and
 * degree-minute-second values (105°12′30″E) are understood. Rows without usable coordinates are
 * reported and skipped.
 */
import { NoteList, noteText } from './notes';
import type { ImportNote, RawFeature } from './types';

const MAX_COLUMNS = 1000;

/** Longitude / latitude header names (normalised: lower case, no spaces, no bracketed units), best first. */
const LON_NAMES: readonly string[] = [
  'lon', 'lng', 'longitude', 'long', '经度', '东经', 'wgs84经度', '经度wgs84', 'lonwgs84', 'wgs84lon', 'longitudewgs84',
  '经度坐标', 'pointx', 'xcoord', 'x坐标', 'x',
];
const LAT_NAMES: readonly string[] = [
  'lat', 'latitude', '纬度', '北纬', 'wgs84纬度', '纬度wgs84', 'latwgs84', 'wgs84lat', 'latitudewgs84',
  '纬度坐标', 'pointy', 'ycoord', 'y坐标', 'y',
];

/** A header normalised for matching: lower case, bracketed units and separators removed. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s_\-.:：]/g, '')
    .toLowerCase();
}

/** The delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes. */
export function detectDelimiter(line: string): string {
  const unquoted = line.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  const best = counts[0];
  return best && best[1] > 0 ? best[0] : ',';
}

/** Splits CSV text into rows of cells (RFC 4180 quoting; CRLF, LF or CR line ends). */
export function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    if (row.length < MAX_COLUMNS) row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

function rank(header: string, names: readonly string[]): number {
  const at = names.indexOf(normalizeHeader(header));
  return at === -1 ? Infinity : at;
}

/** Indexes of the longitude and latitude columns, or null when either is missing. */
export function findCoordinateColumns(headers: readonly string[]): { lon: number; lat: number } | null {
  let lon = -1;
  let lat = -1;
  headers.forEach((h, i) => {
    if (rank(h, LON_NAMES) < (lon === -1 ? Infinity : rank(headers[lon] as string, LON_NAMES))) lon = i;
    if (rank(h, LAT_NAMES) < (lat === -1 ? Infinity : rank(headers[lat] as string, LAT_NAMES))) lat = i;
  });
  return lon === -1 || lat === -1 || lon === lat ? null : { lon, lat };
}

const DMS = /^([+-]?\d+(?:\.\d+)?)\s*[°度]\s*(?:(\d+(?:\.\d+)?)\s*['′分]\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″秒]|'')\s*)?([NSEWnsew东西南北])?$/;

/** A coordinate cell as decimal degrees, or null ("105.6", "105,6" with `;`, "105°36′E", "-28.1"). */
export function parseCoordinate(raw: string, delimiter: string): number | null {
  let text = raw.trim();
  if (text === '') return null;
  if (delimiter !== ',' && /^[+-]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  const plain = text.replace(/\s*[°度]?\s*[NEne东北]$/, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return Number(plain);
  if (/^[+-]?(\d+\.?\d*|\.\d+)\s*[°度]?\s*[SWsw西南]$/.test(text)) return -Number(text.replace(/\s*[°度]?\s*[SWsw西南]$/, ''));
  const m = DMS.exec(text);
  if (!m) return null;
  const deg = Number(m[1]);
  const value = Math.abs(deg) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
  const negative = deg < 0 || /[SWsw西南]/.test(m[4] ?? '');
  return negative ? -value : value;
}

/** Unique, non-empty header names. */
function headerNames(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h.trim() === '' ? `column_${i + 1}` : h.trim();
    let name = base;
    for (let k = 2; seen.has(name); k++) name = `${base}_${k}`;
    seen.add(name);
    return name;
  });
}

/** Reads CSV text into point features; rows without coordinates are noted in `notes`. */
export function parseCsv(text: string, notes: NoteList): RawFeature[] | ImportNote {
  const firstLine = text.slice(0, text.search(/\r|\n/) === -1 ? undefined : text.search(/\r|\n/));
  const delimiter = detectDelimiter(firstLine);
  const rows = splitCsv(text, delimiter);
  const header = rows[0];
  if (!header) return { level: 'error', code: 'empty', params: {} };
  const columns = findCoordinateColumns(header);
  if (!columns) return { level: 'error', code: 'csvNoColumns', params: { headers: noteText(header.slice(0, 12).join(', ')) } };
  const names = headerNames(header);
  notes.add('info', 'csvColumns', { lon: noteText(names[columns.lon]), lat: noteText(names[columns.lat]) });
  const features: RawFeature[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as string[];
    const lonText = row[columns.lon] ?? '';
    const latText = row[columns.lat] ?? '';
    const lon = parseCoordinate(lonText, delimiter);
    const lat = parseCoordinate(latText, delimiter);
    if (lon === null || lat === null) {
      notes.feature('csvRowDropped', { row: r + 1, detail: noteText(`${lonText} / ${latText}`) });
      continue;
    }
    const properties = Object.fromEntries(names.map((name, i) => [name, row[i] ?? '']));
    features.push({ geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  }
  return features;
}
