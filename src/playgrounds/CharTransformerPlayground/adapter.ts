/**
 * The character-level transformer's side of the worker: builds the engine's model on the
 * built-in text or the reader's, generates a sample every SAMPLE_EVERY steps (and again
 * when the reader changes the temperature), and reads the attention weights of the
 * current model on the reader's chosen text.
 */
import {createTrainer, normalizeText} from '@site/src/ml';
import type {CharTransformerTrainer} from '@site/src/ml';
import type {CharSample, CharTransformerParams} from '../protocol';
import type {PlaygroundAdapter, PlaygroundSession} from '../workerRuntime';

/** The page's model: one layer (about twice as fast as the engine's default two). */
export const PAGE_MODEL = {
  layers: 1,
  modelDimensions: 32,
  heads: 4,
  contextLength: 32,
  batchSize: 8,
} as const;
export const SAMPLE_EVERY = 100;
export const SAMPLE_LENGTH = 160;
const KEEP_SAMPLES = 3;

export interface CharSession extends PlaygroundSession<'char-transformer'> {
  trainer: CharTransformerTrainer;
  samples: CharSample[];
  sampledAt: {step: number; temperature: number} | null;
}

function sampleNow(session: CharSession): CharSample {
  const {stepCount, model} = session.trainer;
  const {temperature} = session.params;
  // The seed follows the step, so a run and its repeat show the same samples.
  const text = model.sample({prompt: '\n', length: SAMPLE_LENGTH, temperature, seed: stepCount + 1});
  return {step: stepCount, temperature, text};
}

export const charTransformerAdapter: PlaygroundAdapter<'char-transformer', CharSession> = {
  snapshotIntervalMs: 1000,
  create(seed, params: CharTransformerParams) {
    const text = params.text === null ? undefined : normalizeText(params.text);
    const created = createTrainer({kind: 'char-transformer', ...PAGE_MODEL, text}, seed);
    if (!created.ok) return created;
    return {ok: true, session: {trainer: created.trainer, params, samples: [], sampledAt: null}};
  },
  snapshot(session) {
    const {model, stepCount} = session.trainer;
    const {temperature} = session.params;
    const bucket = Math.floor(stepCount / SAMPLE_EVERY);
    const last = session.sampledAt;
    const needsSample =
      stepCount > 0 &&
      (last === null
        ? bucket >= 1
        : bucket > Math.floor(last.step / SAMPLE_EVERY) || last.temperature !== temperature);
    if (needsSample) {
      const sample = sampleNow(session);
      session.samples = [sample, ...session.samples.filter((s) => s.step !== sample.step)].slice(
        0,
        KEEP_SAMPLES,
      );
      session.sampledAt = {step: stepCount, temperature};
    }
    let attention = null;
    const attentionText = normalizeText(session.params.attentionText);
    if (attentionText.length > 0) {
      try {
        const map = model.attention(attentionText);
        attention = {
          characters: map.characters,
          layers: map.weights.length,
          heads: model.config.heads,
          weights: map.weights,
        };
      } catch {
        attention = null; // unsupported characters: the page says so beside the field
      }
    }
    return {
      snapshot: {
        kind: 'char-transformer',
        unigramNats: model.entropy.nats,
        textLength: model.text.length,
        samples: session.samples,
        attention,
      },
      transfer: [],
    };
  },
};
