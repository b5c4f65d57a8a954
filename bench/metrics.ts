/** Binary-classification metrics for the benches. Label 1 = positive (fake), 0 = negative (genuine). */

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/**
 * ROC AUC by ranks (Mann-Whitney U): the probability that a random positive scores above a random
 * negative, ties counting one half. Tied scores get the mean of their ranks. NaN if a class is empty.
 */
export function rocAuc(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  if (scores.length !== labels.length) throw new Error('scores and labels differ in length');
  const order = scores.map((s, i) => ({ s, y: labels[i] ?? 0 })).sort((a, b) => a.s - b.s);
  let rankSumPos = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.s === order[i]!.s) j++;
    const midRank = (i + j) / 2 + 1; // ranks are 1-based
    for (let k = i; k <= j; k++) if (order[k]!.y === 1) rankSumPos += midRank;
    i = j + 1;
  }
  const nPos = labels.filter((y) => y === 1).length;
  const nNeg = labels.length - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Predict positive when score >= threshold. */
export function confusion(scores: readonly number[], labels: readonly (0 | 1)[], threshold: number): Confusion {
  if (scores.length !== labels.length) throw new Error('scores and labels differ in length');
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  scores.forEach((s, i) => {
    const predicted = s >= threshold;
    const actual = labels[i] === 1;
    if (predicted && actual) c.tp++;
    else if (predicted) c.fp++;
    else if (actual) c.fn++;
    else c.tn++;
  });
  return c;
}

const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);

export const recall = (c: Confusion): number => ratio(c.tp, c.tp + c.fn);
export const specificity = (c: Confusion): number => ratio(c.tn, c.tn + c.fp);
export const precision = (c: Confusion): number => ratio(c.tp, c.tp + c.fp);
export const accuracy = (c: Confusion): number => ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn);
/** Mean of recall on positives and on negatives: accuracy that ignores class imbalance. */
export const balancedAccuracy = (c: Confusion): number => (recall(c) + specificity(c)) / 2;
