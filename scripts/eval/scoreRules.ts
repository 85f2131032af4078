// The eval's arithmetic, pure: from each case's expectations and the rules that fired, per-rule
// and overall recall and false-positive rate.
//   recall(R)  = cases where R must fire and fired / cases where R must fire
//   fpRate(R)  = cases where R must not fire but fired / cases where R must not fire
// Only the rules a case lists are scored for it. A rate with no support is null, and a rule with
// null recall or null fpRate does not pass (it is not measured).

export interface CaseOutcome {
  id: string;
  mustFire: string[];
  mustNotFire: string[];
  /** Rule ids that raised a warning or an error for this case. */
  fired: string[];
}

export interface RuleScore {
  rule: string;
  /** Cases where the rule must fire. */
  positives: number;
  truePositives: number;
  recall: number | null;
  /** Cases where the rule must not fire. */
  negatives: number;
  falsePositives: number;
  fpRate: number | null;
  pass: boolean;
}

export interface Thresholds {
  /** Lowest acceptable recall, 0–1. */
  minRecall: number;
  /** Highest acceptable false-positive rate, 0–1. */
  maxFpRate: number;
}

export const BAR: Thresholds = { minRecall: 0.95, maxFpRate: 0.02 };

export interface CaseFailure {
  id: string;
  /** Rules that had to fire and did not. */
  missed: string[];
  /** Rules that must not fire and did. */
  falseAlarms: string[];
}

export interface Scoreboard {
  cases: number;
  /** Cases whose every listed expectation held. */
  casesRight: number;
  overall: {
    positives: number;
    truePositives: number;
    recall: number | null;
    negatives: number;
    falsePositives: number;
    fpRate: number | null;
  };
  rules: RuleScore[];
  failures: CaseFailure[];
  pass: boolean;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Scores `outcomes` for each rule of `rules` (rules no case names are still listed, unmeasured). */
export function scoreRules(
  outcomes: CaseOutcome[],
  rules: readonly string[],
  bar: Thresholds = BAR,
): Scoreboard {
  const tally = new Map<string, { p: number; tp: number; n: number; fp: number }>();
  const get = (r: string) => {
    let t = tally.get(r);
    if (!t) {
      t = { p: 0, tp: 0, n: 0, fp: 0 };
      tally.set(r, t);
    }
    return t;
  };
  for (const r of rules) get(r);
  const failures: CaseFailure[] = [];
  for (const o of outcomes) {
    const fired = new Set(o.fired);
    const missed: string[] = [];
    const falseAlarms: string[] = [];
    for (const r of o.mustFire) {
      const t = get(r);
      t.p++;
      if (fired.has(r)) t.tp++;
      else missed.push(r);
    }
    for (const r of o.mustNotFire) {
      const t = get(r);
      t.n++;
      if (fired.has(r)) {
        t.fp++;
        falseAlarms.push(r);
      }
    }
    if (missed.length + falseAlarms.length > 0) failures.push({ id: o.id, missed, falseAlarms });
  }
  const scores: RuleScore[] = [...tally.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, t]) => {
      const recall = ratio(t.tp, t.p);
      const fpRate = ratio(t.fp, t.n);
      const pass =
        recall !== null && fpRate !== null && recall >= bar.minRecall && fpRate <= bar.maxFpRate;
      return {
        rule,
        positives: t.p,
        truePositives: t.tp,
        recall,
        negatives: t.n,
        falsePositives: t.fp,
        fpRate,
        pass,
      };
    });
  const sum = (f: (s: RuleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const positives = sum((s) => s.positives);
  const truePositives = sum((s) => s.truePositives);
  const negatives = sum((s) => s.negatives);
  const falsePositives = sum((s) => s.falsePositives);
  return {
    cases: outcomes.length,
    casesRight: outcomes.length - failures.length,
    overall: {
      positives,
      truePositives,
      recall: ratio(truePositives, positives),
      negatives,
      falsePositives,
      fpRate: ratio(falsePositives, negatives),
    },
    rules: scores,
    failures,
    pass: scores.every((s) => s.pass),
  };
}
