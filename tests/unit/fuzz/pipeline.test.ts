// Property tests over the hostile-input families (families.ts): whatever the text, parsing,
// checking and exporting (DOCX and HTML) never crash, never leak an internal error as the message,
// and each input stays under a time limit. Bounded to a few seconds here; `npm run bench -- fuzz`
// runs 20,000 larger inputs and reports the counts.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FAMILIES, familyArbitrary, UNIT_SCALE } from './families';
import { runPipeline } from './pipeline';

/** Per input: the "took over 5 s" bound; the inputs here are at most ~16 KB (~100 ms idle). */
const PER_INPUT_MS = 5_000;

// The first run loads the DOCX writer, the rule packs and the NLP model: not the input's cost.
beforeAll(async () => {
  await runPipeline('## Problem\nWarm-up: fraud cost $4.1M.');
}, 60_000);

describe.each(FAMILIES)('%s', (family) => {
  it('parse, check and export never crash and stay under the time limit', async () => {
    await fc.assert(
      fc.asyncProperty(familyArbitrary(family, UNIT_SCALE), async (text) => {
        const outcome = await runPipeline(text);
        expect(outcome.failure).toBeNull();
        expect(outcome.ms).toBeLessThan(PER_INPUT_MS);
      }),
      { numRuns: 12, seed: Number(process.env.DOSSIER_FUZZ_SEED ?? 20261130) },
    );
  }, 60_000);
});
