/**
 * Responsible units: parses the "(牵头单位:…,责任单位:…)" parenthesis that closes each 泸州 task.
 *
 * Lists are separated by "、" within a group and by "," between groups (市委 bodies, 市 departments,
 * counties): "市发展改革委、市自然资源和规划局,叙永县、古蔺县" gives four units. Both ASCII and
 * full-width punctuation are accepted.
 */
import type { Span } from '../types.ts';

/** Parsed units of one task. */
export interface UnitsParse {
  /** The whole parenthesis, brackets included. */
  span: Span;
  leadUnits: string[];
  responsibleUnits: string[];
}

const LEAD = '牵头单位';
const RESP = '责任单位';

/** Splits a unit list on 、 and , (either width); drops empty entries. */
export function splitUnits(list: string): string[] {
  return list
    .split(/[、,,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Finds and parses the units parenthesis at the end of `span`; null when the task has none.
 * Throws when a parenthesis starts like one but cannot be parsed (a malformed list must not pass silently).
 */
export function parseUnits(text: string, span: Span): UnitsParse | null {
  const body = text.slice(span.start, span.end);
  const at = body.lastIndexOf(LEAD);
  if (at === -1) return null;
  const open = at - 1;
  const openChar = body[open];
  if (openChar !== '(' && openChar !== '(') {
    throw new Error(`units at ${span.start + at}: "${LEAD}" not preceded by an opening bracket`);
  }
  const close = body.search(/[))]\s*$/);
  if (close < at) throw new Error(`units at ${span.start + at}: no closing bracket at the end of the task`);
  const inner = body.slice(at + LEAD.length, close).replace(/^[::]/, '');
  const respAt = inner.indexOf(RESP);
  const leadPart = (respAt === -1 ? inner : inner.slice(0, respAt)).replace(/[,,]\s*$/, '');
  const respPart = respAt === -1 ? '' : inner.slice(respAt + RESP.length).replace(/^[::]/, '');
  const leadUnits = splitUnits(leadPart);
  if (leadUnits.length === 0) throw new Error(`units at ${span.start + at}: empty lead unit list`);
  return {
    span: { start: span.start + open, end: span.start + close + 1 },
    leadUnits,
    responsibleUnits: splitUnits(respPart),
  };
}
