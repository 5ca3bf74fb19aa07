/**
 * Planner's notes: one free-text note per map feature (plan or imported), kept in the workspace
 * database's `notes` store (key = the feature id) and carried by the workspace file. Pure.
 */
import { isObject } from '../util/json';

/** Longest note kept, in UTF-16 code units (a long page of text). */
export const MAX_NOTE_CHARS = 20_000;

/** A stored note. */
export interface NoteRecord {
  /** The feature id the note is about (also the record key). */
  id: string;
  text: string;
  /** ISO 8601. */
  updatedAt: string;
}

/** A stored value checked as a note; null (with a reason) when it cannot be used. */
export function checkNote(value: unknown): { note: NoteRecord } | { why: string } {
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '' || value.id.length > 200) return { why: 'id' };
  if (typeof value.text !== 'string') return { why: 'text' };
  const updatedAt = typeof value.updatedAt === 'string' ? value.updatedAt : '';
  return { note: { id: value.id, text: value.text.slice(0, MAX_NOTE_CHARS), updatedAt } };
}

/** The record for a new text; null when the text is blank (the note is deleted). */
export function noteFor(featureId: string, text: string, now: string): NoteRecord | null {
  if (text.trim() === '') return null;
  return { id: featureId, text: text.slice(0, MAX_NOTE_CHARS), updatedAt: now };
}

/** Notes by feature id from checked records (later records win), plus the ids of unusable ones. */
export function notesById(values: readonly unknown[]): { notes: Record<string, NoteRecord>; invalid: { id: string; why: string }[] } {
  const notes: Record<string, NoteRecord> = {};
  const invalid: { id: string; why: string }[] = [];
  for (const value of values) {
    const checked = checkNote(value);
    if ('note' in checked) notes[checked.note.id] = checked.note;
    else invalid.push({ id: isObject(value) ? String(value.id).slice(0, 60) : '?', why: checked.why });
  }
  return { notes, invalid };
}
