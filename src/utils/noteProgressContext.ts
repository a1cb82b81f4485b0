/**
 * What the parts of a note that keep progress (the quiz) get from the page around them:
 * a way to record the quiz's score and the line that shows the last one. It is filled by
 * src/theme/DocItem/Content on listed notes and empty (null) elsewhere. Only the context
 * lives here, so the quiz in each note's code carries none of the progress code.
 */
import {createContext, type ReactNode} from 'react';

export type NoteProgress = {
  /** Keeps `score` questions right of `total` as the reader's last score on this note. */
  recordQuizScore: (score: number, total: number) => void;
  /** The line under the quiz with the reader's last score. */
  lastQuizScore: ReactNode;
};

export const NoteProgressContext = createContext<NoteProgress | null>(null);
