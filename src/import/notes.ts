/**
 * Collects the notes of one import. Feature-level notes are capped ({@link MAX_FEATURE_NOTES}) so a file
 * with a million bad rows still gives a short report; the overflow is counted in one `moreNotes` note.
 */
import { MAX_FEATURE_NOTES, MAX_NOTE_TEXT } from './limits';
import type { ImportNote, NoteCode, NoteLevel } from './types';

/** Plain, short text for a note parameter: control characters dropped, cut at {@link MAX_NOTE_TEXT}. */
export function noteText(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : String(value);
  } catch (error) {
    text = error instanceof Error ? `(${error.message})` : '(unprintable)';
  }
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return clean.length > MAX_NOTE_TEXT ? `${clean.slice(0, MAX_NOTE_TEXT - 1)}…` : clean;
}

/** The note list of one import. */
export class NoteList {
  readonly notes: ImportNote[] = [];
  private featureNotes = 0;
  private overflow = 0;

  /** Adds a file-level note (never capped). */
  add(level: NoteLevel, code: NoteCode, params: Record<string, string | number> = {}): ImportNote {
    const note: ImportNote = { level, code, params };
    this.notes.push(note);
    return note;
  }

  /** Adds a note about one feature or row (capped). */
  feature(code: NoteCode, params: Record<string, string | number>): void {
    if (this.featureNotes >= MAX_FEATURE_NOTES) {
      this.overflow++;
      return;
    }
    this.featureNotes++;
    this.notes.push({ level: 'warning', code, params });
  }

  /** The notes with the overflow count appended. */
  finish(): ImportNote[] {
    if (this.overflow > 0) this.notes.push({ level: 'warning', code: 'moreNotes', params: { count: this.overflow } });
    this.overflow = 0;
    return this.notes;
  }
}
