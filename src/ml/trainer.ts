/**
 * What the three playgrounds share: run n training steps, keep the loss history, and stop
 * with a clear reason as soon as a loss is not a finite number (a learning rate too high
 * usually shows up this way), instead of going on with NaN parameters.
 */
import type {MlError} from './errors';

export interface TrainableModel<LossName extends string = string> {
  /** Names of the losses `trainStep` returns, in that order. */
  readonly lossNames: readonly LossName[];
  /** One optimisation step; returns the step's losses. */
  trainStep(): number[];
}

export interface StepReport<LossName extends string = string> {
  /** Steps completed by this call (fewer than asked if training stopped). */
  stepsRun: number;
  /** Steps completed since the start. */
  step: number;
  /** The last completed step's losses (NaN before the first step). */
  losses: Record<LossName, number>;
  /** Why training stopped, or null while it can go on. */
  error: MlError | null;
}

export class Trainer<
  Kind extends string,
  Model extends TrainableModel<LossName>,
  LossName extends string = string,
> {
  stepCount = 0;
  error: MlError | null = null;
  /** history[name][s] is loss `name` after step s + 1. */
  readonly history: Record<LossName, number[]>;

  constructor(
    readonly kind: Kind,
    readonly model: Model,
  ) {
    this.history = Object.fromEntries(model.lossNames.map((name) => [name, [] as number[]])) as Record<
      LossName,
      number[]
    >;
  }

  /** Runs up to n steps; after a non-finite loss it stops and every later call reports the same error. */
  step(n = 1): StepReport<LossName> {
    let stepsRun = 0;
    while (stepsRun < n && this.error === null) {
      const losses = this.model.trainStep();
      const badIndex = losses.findIndex((value) => !Number.isFinite(value));
      if (badIndex >= 0) {
        const loss = this.model.lossNames[badIndex] ?? 'loss';
        this.error = {
          code: 'non-finite-loss',
          step: this.stepCount + 1,
          loss,
          message: `Training stopped at step ${this.stepCount + 1}: the ${loss} loss became ${losses[badIndex]}. The learning rate is probably too high; lower it and start again.`,
        };
        break;
      }
      this.model.lossNames.forEach((name, i) => this.history[name].push(losses[i] ?? NaN));
      this.stepCount += 1;
      stepsRun += 1;
    }
    return {stepsRun, step: this.stepCount, losses: this.lastLosses(), error: this.error};
  }

  lastLosses(): Record<LossName, number> {
    return Object.fromEntries(
      this.model.lossNames.map((name) => [name, this.history[name][this.history[name].length - 1] ?? NaN]),
    ) as Record<LossName, number>;
  }
}
