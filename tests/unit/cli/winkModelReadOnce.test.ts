// The CLI build reads wink-nlp's English model through winkModelReadOnce: its core model must be
// exactly what the package's own reader makes, its loaders the package's, and the negation wink
// computes with it the same.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { READ_ONCE_VERSION, lexemeList, lexemeLookup, lexemeOffsets, lexemeOrder, readCoreModel, winkModelReadOnce, writePreparedModel } from '../../../src/cli/winkModelReadOnce';

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

  describe('prepared model (out/cli/wink-model)', () => {
    type Core = { features: Record<string, { list: string[]; hash?: Record<string, number> }> };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-wink-'));
    writePreparedModel(dir);
    const theirs = published.core() as Core;

    it('reads the same core model as the package, with the lexeme table as a lookup', () => {
      const ours = readCoreModel(dist, dir) as unknown as Core;
      const lexeme = ours.features.lexeme as Core['features'][string];
      const theirLexeme = theirs.features.lexeme as Core['features'][string];
      const hash = lexeme.hash as Record<string, number>;
      // Every word of the model is found at its own index; other words are not.
      expect(lexeme.list.length).toBe(theirLexeme.list.length);
      expect(Array.from({ length: lexeme.list.length }, (_, i) => lexeme.list[i])).toEqual(theirLexeme.list);
      for (const word of theirLexeme.list) expect(hash[word]).toBe(theirLexeme.hash?.[word]);
      for (const word of ['zzqxv', 'Dossier-not-a-word', '', 'constructor', '__proto__']) expect(hash[word]).toBe(theirLexeme.hash?.[word]);
      // The rest of the model is identical.
      const strip = (core: Core) => ({ ...core, features: { ...core.features, lexeme: { ...core.features.lexeme, hash: null, list: null } } });
      expect(isDeepStrictEqual(strip(ours), strip(theirs))).toBe(true);
    });

    it('gives each word of the list from one string, and keeps the words pushed later', () => {
      const words = ['not', '', 'naïve', '😀', 'a-b'];
      const list = lexemeList(words.join(''), lexemeOffsets(words));
      expect(list.length).toBe(5);
      expect([list[0], list[1], list[2], list[3], list[4], list[5]]).toEqual([...words, undefined]);
      // wink adds a word it has not seen with push, and reads it back at the index push gave.
      expect(list.push('zzqxv')).toBe(6);
      expect([list.length, list[5], list[6]]).toEqual([6, 'zzqxv', undefined]);
      // Keys that are not indexes are not words.
      const keyed = list as unknown as Record<string, unknown>;
      expect([keyed['01'], keyed['-1'], keyed['1.5'], keyed.foo]).toEqual([undefined, undefined, undefined, undefined]);
      // The binary search reads the view like an array.
      const hash = lexemeLookup(list, lexemeOrder(words));
      expect(words.map((w) => hash[w])).toEqual([0, 1, 2, 3, 4]);
      expect(hash.nope).toBeUndefined();
    });

    it('keeps the words wink adds after reading', () => {
      const list = ['b', 'a', 'c'];
      const hash = lexemeLookup(list, lexemeOrder(list));
      expect([hash.a, hash.b, hash.c, hash.d]).toEqual([1, 0, 2, undefined]);
      hash.d = 3;
      expect(hash.d).toBe(3);
      expect('d' in hash && 'a' in hash && !('e' in hash)).toBe(true);
    });

    it('is not read when its stamp is for another layout or its files do not match', () => {
      const stale = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-wink-stale-'));
      writePreparedModel(stale);
      const core = JSON.parse(fs.readFileSync(path.join(stale, 'core.json'), 'utf8')) as { prepared: { layout: number } };
      core.prepared.layout = 999;
      fs.writeFileSync(path.join(stale, 'core.json'), JSON.stringify(core));
      expect(isDeepStrictEqual(readCoreModel(dist, stale), theirs)).toBe(true);
      writePreparedModel(stale);
      fs.writeFileSync(path.join(stale, 'lexemes.u16'), Buffer.from('ab', 'utf16le'));
      expect(isDeepStrictEqual(readCoreModel(dist, stale), theirs)).toBe(true);
      fs.rmSync(stale, { recursive: true, force: true });
    });

    it("gives the package's negation flags on every gold case, negation-only and prepared", () => {
      const goldDir = path.join(__dirname, '..', '..', 'gold', 'cases');
      const texts = fs
        .readdirSync(goldDir)
        .filter((f) => f.endsWith('.jsonl'))
        .flatMap((f) => fs.readFileSync(path.join(goldDir, f), 'utf8').split('\n').filter((l) => l.trim() !== ''))
        .map((l) => (JSON.parse(l) as { text?: unknown }).text)
        .filter((t): t is string => typeof t === 'string');
      expect(texts.length).toBeGreaterThan(500);
      const ours = winkNLP(winkModelReadOnce({ negationOnly: true, preparedDir: dir }) as unknown as Parameters<typeof winkNLP>[0], ['negation']);
      const theirNlp = winkNLP(published as unknown as Parameters<typeof winkNLP>[0], ['negation']);
      let negated = 0;
      for (const text of texts) {
        const a: boolean[] = ours.readDoc(text).tokens().out(ours.its.negationFlag) as boolean[];
        expect(a).toEqual(theirNlp.readDoc(text).tokens().out(theirNlp.its.negationFlag));
        if (a.includes(true)) negated++;
      }
      expect(negated).toBeGreaterThan(30);
    });
  });
});
