// The CLI build reads wink-nlp's English model through winkModelReadOnce: its core model must be
// exactly what the package's own reader makes, its loaders the package's, and the negation wink
// computes with it the same.
import { createRequire } from 'node:module';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { READ_ONCE_VERSION, readCoreModel, winkModelReadOnce } from '../../../src/cli/winkModelReadOnce';

const nodeRequire = createRequire(import.meta.url);
const published = nodeRequire('wink-eng-lite-web-model') as Record<string, unknown> & { core: () => unknown; addons: Record<string, unknown> };
const dist = path.dirname(nodeRequire.resolve('wink-eng-lite-web-model'));

describe('winkModelReadOnce', () => {
  it('is for the installed version of the model', () => {
    expect((nodeRequire('wink-eng-lite-web-model/package.json') as { version: string }).version).toBe(READ_ONCE_VERSION);
  });

  it('reads the same core model as the package (lexicon, expansions, hashes, clusters)', () => {
    const ours = readCoreModel(dist);
    const theirs = published.core();
    expect(isDeepStrictEqual(ours, theirs)).toBe(true);
    // A change the comparison must see.
    (ours.features.lexeme as { index?: number }).index = -1;
    expect(isDeepStrictEqual(ours, theirs)).toBe(false);
  });

  it('has the package loaders and add-ons, and gives the same negation flags', () => {
    const model = winkModelReadOnce();
    expect(Object.keys(model).sort()).toEqual(Object.keys(published).sort());
    for (const key of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn'] as const) expect(model[key]).toBe(published[key]);
    expect(model.addons).toEqual(published.addons);
    const text = "Card-not-present losses fell, but we did not ship without model risk's review and nobody skipped it.";
    const flags = (m: unknown) => {
      const nlp = winkNLP(m as Parameters<typeof winkNLP>[0], ['negation']);
      return nlp.readDoc(text).tokens().out(nlp.its.negationFlag);
    };
    const ours = flags(model);
    expect(ours).toContain(true);
    expect(ours).toEqual(flags(published));
  });
});
