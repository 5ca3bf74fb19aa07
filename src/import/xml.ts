/**
 * KML and GPX readers: the XML is parsed with @xmldom/xmldom (DOMParser does not exist in Web Workers)
 * and converted with @tmcw/togeojson. xmldom neither fetches external entities nor expands DTD
 * entities, so XXE and "billion laughs" payloads stay inert text or errors.
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { noteText } from './notes';
import type { ImportNote, RawFeature } from './types';
import { errorText } from '../util/json';

/** Parses an XML text into a document, or returns the first fatal error as a note. */
function parseXml(text: string): Document | ImportNote {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  });
  try {
    const doc = parser.parseFromString(text, 'text/xml');
    if (!doc.documentElement) return { level: 'error', code: 'xmlSyntax', params: { detail: noteText(errors[0] ?? 'no root element') } };
    // xmldom's Document implements the parts of the DOM togeojson reads.
    return doc as unknown as Document;
  } catch (error) {
    return { level: 'error', code: 'xmlSyntax', params: { detail: noteText(errorText(error)) } };
  }
}

type Convert = (doc: Document) => { features: readonly { geometry: unknown; properties: unknown }[] };

function convert(text: string, fn: Convert): RawFeature[] | ImportNote {
  const doc = parseXml(text);
  if (!('documentElement' in doc)) return doc;
  try {
    return fn(doc).features.map((f) => ({ geometry: f.geometry, properties: f.properties }));
  } catch (error) {
    return { level: 'error', code: 'xmlSyntax', params: { detail: noteText(errorText(error)) } };
  }
}

/** Reads KML text (placemarks with points, lines, polygons, MultiGeometry, tracks). */
export function parseKml(text: string): RawFeature[] | ImportNote {
  return convert(text, kml);
}

/** Reads GPX text (waypoints, routes, tracks). */
export function parseGpx(text: string): RawFeature[] | ImportNote {
  return convert(text, gpx);
}
