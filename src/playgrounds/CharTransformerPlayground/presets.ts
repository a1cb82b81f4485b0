/** The transformer playground's starting settings (the engine checks the text itself). */
import type {CharTransformerParams} from '../protocol';

export const CHAR_PAGE_DEFAULTS: CharTransformerParams = {
  text: null,
  temperature: 0.8,
  attentionText: 'Vanity of vanities, saith the Preacher',
};

/** Limits the page states in words; the engine's MIN_TEXT_LENGTH and MAX_TEXT_LENGTH (checked in the test). */
export const TEXT_LIMITS = {min: 200, max: 100_000} as const;
