// The closed set of rule kinds. Rule packs name one of these; anything else is refused on load.
import type { RuleKind } from '../ruleKind';
import { patternAbsent } from './patternAbsent';
import { patternPresent } from './patternPresent';
import { sentenceNeedsNumber } from './sentenceNeedsNumber';
import { cooccurrence } from './cooccurrence';
import { wordBudget } from './wordBudget';
import { speakingTime } from './speakingTime';
import { compBand } from './compBand';
import { compRange } from './compRange';
import { compBenchmark } from './compBenchmark';
import { requiredSections } from './requiredSections';
import { elementsPresent } from './elementsPresent';
import { sectionNeedsTerms } from './sectionNeedsTerms';
import { privateTerms } from './privateTerms';
import { governanceTiming } from './governanceTiming';
import { launchSignoff } from './launchSignoff';
import { needsBaseline } from './needsBaseline';
import { stanceClaim } from './stanceClaim';
import { ownedDecision } from './ownedDecision';

export const ruleKinds: ReadonlyMap<string, RuleKind> = new Map(
  [
    patternAbsent,
    patternPresent,
    sentenceNeedsNumber,
    cooccurrence,
    wordBudget,
    speakingTime,
    compBand,
    compRange,
    compBenchmark,
    requiredSections,
    elementsPresent,
    sectionNeedsTerms,
    privateTerms,
    governanceTiming,
    launchSignoff,
    needsBaseline,
    stanceClaim,
    ownedDecision,
  ].map((k) => [k.name, k]),
);
