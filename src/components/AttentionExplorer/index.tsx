import React, {useId, useMemo, useState, type CSSProperties, type ReactNode} from 'react';
import {fixed} from '@site/src/utils/explainerFormat';
import {
  attentionScores,
  CAT_SENTENCE,
  dot,
  matMul,
  softmax,
  validateExample,
  type AttentionExample,
} from './attention';
import styles from './styles.module.css';

export type Props = {
  /** The query token selected at first (its text, e.g. "it"); defaults to "it" or, if absent, the last token. */
  initialQuery?: string;
  /** The sentence with its embeddings and W_Q, W_K; defaults to "The cat sat on the mat because it was tired". */
  example?: AttentionExample;
  /** Replaces the default caption (which says what to try). */
  caption?: ReactNode;
};

function vectorText(vector: readonly number[]): string {
  return `(${vector.map((value) => fixed(value, 2)).join(', ')})`;
}

/** Indices of the largest values, largest first. */
function ranking(values: readonly number[]): number[] {
  return values.map((_, index) => index).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
}

/** The first two tokens whose embeddings are identical, if any. */
function identicalEmbeddings(embeddings: AttentionExample['embeddings']): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (let index = 0; index < embeddings.length; index++) {
    const key = (embeddings[index] ?? []).join(',');
    const earlier = seen.get(key);
    if (earlier !== undefined) return [earlier, index];
    seen.set(key, index);
  }
  return undefined;
}

/**
 * Pick a query token and see its row of the attention matrix softmax(QKᵀ/√d_k), computed
 * from small hand-set embeddings and projections: a heat row with the numbers printed,
 * the arithmetic for the row, and the full matrix.
 */
export default function AttentionExplorer({initialQuery, example = CAT_SENTENCE, caption}: Props): ReactNode {
  validateExample(example, 'AttentionExplorer');
  const {tokens} = example;
  let initialIndex = tokens.length - 1;
  if (initialQuery !== undefined) {
    initialIndex = tokens.indexOf(initialQuery);
    if (initialIndex < 0)
      throw new Error(
        `AttentionExplorer: initialQuery "${initialQuery}" is not a token of the sentence (${tokens.join(' ')}).`,
      );
  } else if (tokens.includes('it')) {
    initialIndex = tokens.indexOf('it');
  }

  const id = useId();
  const [queryIndex, setQueryIndex] = useState(initialIndex);
  const [scaled, setScaled] = useState(true);

  const {queries, keys, dK} = useMemo(() => {
    const q = matMul(example.embeddings, example.queryWeights);
    return {queries: q, keys: matMul(example.embeddings, example.keyWeights), dK: q[0]?.length ?? 1};
  }, [example]);
  const scores = useMemo(() => attentionScores(queries, keys, scaled), [queries, keys, scaled]);
  const weights = useMemo(() => scores.map(softmax), [scores]);

  const queryToken = tokens[queryIndex] ?? '';
  const row = weights[queryIndex] ?? [];
  const rowScores = scores[queryIndex] ?? [];
  const rowSum = row.reduce((sum, value) => sum + value, 0);
  const [first = 0, second = 0] = ranking(row);
  const rootDk = Math.sqrt(dK);
  const rootDkText = Number.isInteger(rootDk) ? String(rootDk) : fixed(rootDk, 2);
  const divisorText = scaled ? `divided by √d_k = ${rootDkText}` : 'not divided by √d_k';
  const summary = `Query “${queryToken}”: most attention to “${tokens[first]}” (${fixed(row[first] ?? 0, 2)}), then “${tokens[second]}” (${fixed(row[second] ?? 0, 2)}). Scores ${divisorText}; the row sums to ${fixed(rowSum, 3)}.`;
  const rowHeadingId = `${id}-row`;
  const twins = useMemo(() => identicalEmbeddings(example.embeddings), [example]);

  return (
    <figure className={styles.explorer}>
      <figcaption className={styles.caption}>
        {caption ?? (
          <>
            <strong>Explorer: one head of self-attention on a toy sentence.</strong> Choose a query token to
            see the weights it gives to every token. Try “it” (it looks back at “cat”), “sat” and “the”, then
            switch off the division by √d_k and watch the weights sharpen. The embeddings (d_model ={' '}
            {example.featureNames.length}) and W_Q, W_K (d_k = {dK}) are set by hand, not learned.
          </>
        )}
      </figcaption>

      <fieldset className={styles.queries}>
        <legend className={styles.legend}>Query token (row i of the matrix)</legend>
        {tokens.map((token, index) => (
          <label key={index} className={styles.queryChoice}>
            <input
              type="radio"
              name={`${id}-query`}
              value={index}
              checked={index === queryIndex}
              onChange={() => setQueryIndex(index)}
            />
            <span>{token}</span>
          </label>
        ))}
      </fieldset>

      <label className={styles.toggle}>
        <input
          type="checkbox"
          checked={scaled}
          onChange={(event) => setScaled(event.currentTarget.checked)}
        />
        <span>Divide the scores by √d_k = {rootDkText}</span>
      </label>

      <p id={rowHeadingId} className={styles.rowHeading}>
        Where “{queryToken}” looks: softmax(q·k / √d_k){scaled ? '' : ' without the √d_k'}, row sum{' '}
        {fixed(rowSum, 3)}
      </p>
      <ol className={styles.heatRow} aria-labelledby={rowHeadingId} data-query={queryToken}>
        {tokens.map((token, index) => {
          const weight = row[index] ?? 0;
          return (
            <li
              key={index}
              className={index === queryIndex ? `${styles.heatCell} ${styles.self}` : styles.heatCell}
              style={{'--weight': weight} as CSSProperties}>
              <span className={styles.heatToken}>{token}</span>
              <span className={styles.heatBox} aria-hidden="true">
                <span className={styles.heatFill} />
              </span>
              <span className={styles.heatValue}>{fixed(weight, 2)}</span>
            </li>
          );
        })}
      </ol>

      <details className={styles.details}>
        <summary>The arithmetic for “{queryToken}”</summary>
        <p>
          Query q = embedding × W_Q = {vectorText(queries[queryIndex] ?? [])}. Each key k_j = embedding × W_K.
          The score is the dot product q·k_j, {divisorText}; the softmax turns the scores into weights.
        </p>
        <div
          className={styles.scroll}
          tabIndex={0}
          role="region"
          aria-label={`Arithmetic for “${queryToken}”`}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">token j</th>
                <th scope="col">key k_j</th>
                <th scope="col">q·k_j</th>
                <th scope="col">score</th>
                <th scope="col">weight</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token, index) => (
                <tr key={index}>
                  <th scope="row">{token}</th>
                  <td>{vectorText(keys[index] ?? [])}</td>
                  <td>{fixed(dot(queries[queryIndex] ?? [], keys[index] ?? []), 3)}</td>
                  <td>{fixed(rowScores[index] ?? 0, 3)}</td>
                  <td>{fixed(row[index] ?? 0, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <details className={styles.details}>
        <summary>
          The full {tokens.length} × {tokens.length} attention matrix
        </summary>
        <p>
          Row i is query token i, column j is token j. Every row sums to 1. Shading repeats the number: darker
          means more attention.
          {twins &&
            ` “${tokens[twins[0]]}” and “${tokens[twins[1]]}” have the same embedding, so every query weights them equally and their rows match: nothing here tells the model where a token sits. Real transformers add position information for that.`}
        </p>
        <div className={styles.scroll} tabIndex={0} role="region" aria-label="Full attention matrix">
          <table className={`${styles.table} ${styles.matrix}`}>
            <thead>
              <tr>
                <th scope="col">query ↓ key →</th>
                {tokens.map((token, index) => (
                  <th key={index} scope="col">
                    {token}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weights.map((weightRow, rowIndex) => (
                <tr key={rowIndex} aria-current={rowIndex === queryIndex ? 'true' : undefined}>
                  <th scope="row">
                    {rowIndex === queryIndex ? '▶ ' : ''}
                    {tokens[rowIndex]}
                  </th>
                  {weightRow.map((weight, column) => (
                    <td key={column} className={styles.heat} style={{'--weight': weight} as CSSProperties}>
                      {fixed(weight, 2)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <p className={styles.summary} aria-live="polite">
        {summary}
      </p>
    </figure>
  );
}
