// wink-nlp's English lite model (wink-eng-lite-web-model 1.8.1) as a one-shot CLI process needs
// it: the same object of loaders as the package's dist/model.js, except that
// - the core model (the 3 MB lexicon) is parsed from its JSON once and decoded with Buffer. The
//   package's own reader parses the JSON at require time and then deep-copies it with
//   JSON.parse(JSON.stringify(...)) at every read, and decodes base64 with atob and a loop;
// - with the prepared model the CLI build writes (writePreparedModel), the lexicon is read as
//   binary, not base64 inside 3 MB of JSON, and the 87,593 lexemes are looked up by binary search
//   instead of a dictionary built at every start, in one string read as UTF-16 (each word is cut
//   from it when wink reads it, not split into 87,593 strings at start);
// - for a negation-only pipe (the CLI's one wink user is claims/negation.ts, pipe ['negation']),
//   the stages the pipe never runs (sentiment, entities, parts of speech, custom entities) get
//   empty machines instead of parsing their 600 KB of JSON twice, and the add-ons (lemmatizer
//   with its 220 KB of WordNet exceptions, stemmer, readability) load on first use.
// Together these were most of `dossier check`'s time when a sentence has a negator. Only the CLI
// build uses this (scripts/build-cli.mjs); the sources and the editor's worker use the package as
// is. Any other version of the package is used as published. Tests compare the core models, the
// lookups and the negation flags over the gold corpus with the package's.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** The version whose read-core-model.js and load-core-model.js this file reproduces. */
export const READ_ONCE_VERSION = '1.8.1';

type Loader = () => unknown;

/** The shape wink-nlp reads (see wink-nlp's wink-nlp.js `load`). */
export interface WinkModel {
  core: Loader;
  sbd: Loader;
  pos: Loader;
  ner: Loader;
  negation: Loader;
  sa: Loader;
  metaCER: Loader;
  featureFn: unknown;
  addons: Record<string, unknown>;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: unknown;
  xpansions: unknown;
}

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The core model's JSON file in the package's dist folder. */
function coreModelFile(dist: string): string {
  return path.join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json');
}

/**
 * Indexes of `list` sorted by their words in UTF-16 code-unit order (JavaScript's `<` on
 * strings), the order lexemeLookup searches. Words must be distinct (the model's are).
 */
export function lexemeOrder(list: readonly string[]): Uint32Array {
  const order = Uint32Array.from(list, (_w, i) => i);
  order.sort((a, b) => {
    const x = list[a] as string;
    const y = list[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return order;
}

/**
 * The lexeme → index table wink-nlp reads (`hash[word]`) and extends (`hash[word] = index` for a
 * word it has not seen), as a view: a word of the model is found by binary search over `order`
 * (about 17 comparisons), a word wink adds later is kept in the view itself. Nothing is built
 * up front, where a dictionary of the 87,593 words cost tens of milliseconds at every start.
 * `list` holds the model's words (`list[i]`: the word at index i; an array, or a lexemeList view);
 * `order` must be lexemeOrder of those words.
 */
export function lexemeLookup(list: ArrayLike<string>, order: Uint32Array): Record<string, number> {
  const added = Object.create(null) as Record<string, number>;
  const find = (word: string): number | undefined => {
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const index = order[mid] as number;
      const at = list[index] as string;
      if (at === word) return index;
      if (at < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  return new Proxy(added, {
    get: (target, key) => (typeof key !== 'string' ? undefined : key in target ? target[key] : find(key)),
    has: (target, key) => typeof key === 'string' && (key in target || find(key) !== undefined),
  });
}

/**
 * The model's lexeme list as wink-nlp uses it (`list[i]`, `list.length`, `list.push(word)` for a
 * word it adds), as a view over one string: word i is `words.slice(offsets[i], offsets[i + 1])`,
 * made when it is read. A start makes only the few words a text needs, where splitting the list
 * made 87,593 strings (and their garbage collection): 5% of a check with a negator. Words pushed
 * later are kept in an array after the model's. `offsets` has one entry more than there are
 * words, the last being `words.length`.
 */
export function lexemeList(words: string, offsets: Uint32Array): string[] {
  const size = offsets.length - 1;
  const pushed: string[] = [];
  const view = {
    get length(): number {
      return size + pushed.length;
    },
    push(...more: string[]): number {
      pushed.push(...more);
      return size + pushed.length;
    },
  };
  return new Proxy(view, {
    get: (target, key) => {
      if (typeof key === 'string') {
        const i = +key;
        if (Number.isInteger(i) && i >= 0 && key === String(i)) {
          return i < size ? words.slice(offsets[i] as number, offsets[i + 1] as number) : pushed[i - size];
        }
      }
      return Reflect.get(target, key);
    },
  }) as unknown as string[];
}

/** Version of the prepared model's layout (writePreparedModel); any other is not read. */
const PREPARED_LAYOUT = 2;

interface PreparedStamp {
  layout: number;
  modelVersion: string;
  words: number;
  lexiconBytes: number;
  xpansionsBytes: number;
}

/**
 * A file's bytes as a Uint32Array: a view of the buffer read when it is aligned (Node gives a
 * file over 4 KB a buffer of its own), else a copy. Throws when the length is not a multiple of 4.
 */
function uint32File(file: string): Uint32Array {
  const bytes = fs.readFileSync(file);
  if (bytes.byteLength % 4 !== 0) throw new Error(`${file}: not whole 32-bit words`);
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** JSON text with every non-ASCII character escaped (\uXXXX): the same value, read without UTF-8 decoding. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The UTF-16 offsets of each word in `list.join('')`, and that string's length last. */
export function lexemeOffsets(list: readonly string[]): Uint32Array {
  const offsets = new Uint32Array(list.length + 1);
  let at = 0;
  list.forEach((w, i) => {
    offsets[i] = at;
    at += w.length;
  });
  offsets[list.length] = at;
  return offsets;
}

/**
 * Writes the installed core model to `dir` (for the CLI build: out/cli/wink-model) in a form a
 * start reads without decoding: core.json (the model without its three big members, plus a
 * stamp; ASCII), lexicon.bin and xpansions.bin (the decoded Uint32 data), lexemes.u16 (the
 * lexemes joined, as UTF-16LE), offsets.bin (lexemeOffsets of the list) and order.bin
 * (lexemeOrder of the list). Throws on a model version other than READ_ONCE_VERSION or a folder
 * that cannot be written.
 */
export function writePreparedModel(dir: string): void {
  const dist = modelDist();
  if (dist === null) throw new Error(`wink-eng-lite-web-model is not version ${READ_ONCE_VERSION}`);
  const model = JSON.parse(fs.readFileSync(coreModelFile(dist), 'utf8')) as CoreModel;
  const lexeme = model.features.lexeme as CoreModel['features'][string];
  const list = lexeme.list;
  const lexicon = uint32FromBase64(model.lexicon as string);
  const xpansions = uint32FromBase64(model.xpansions as string);
  const stamp: PreparedStamp = { layout: PREPARED_LAYOUT, modelVersion: READ_ONCE_VERSION, words: list.length, lexiconBytes: lexicon.byteLength, xpansionsBytes: xpansions.byteLength };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'lexicon.bin'), lexicon);
  fs.writeFileSync(path.join(dir, 'xpansions.bin'), xpansions);
  fs.writeFileSync(path.join(dir, 'lexemes.u16'), Buffer.from(list.join(''), 'utf16le'));
  fs.writeFileSync(path.join(dir, 'offsets.bin'), lexemeOffsets(list));
  fs.rmSync(path.join(dir, 'lexemes.txt'), { force: true }); // layout 1's list
  fs.writeFileSync(path.join(dir, 'order.bin'), lexemeOrder(list));
  const rest = { ...model, lexicon: null, xpansions: null, features: { ...model.features, lexeme: { ...lexeme, list: [] } }, prepared: stamp };
  // core.json last: a build stopped half-way leaves no stamp, so nothing is read from the folder.
  fs.writeFileSync(path.join(dir, 'core.json'), asciiJson(rest));
}

/**
 * The model JSON's parsed form (what JSON.parse of the package's file gives, lexicon and
 * xpansions already decoded) and the lexeme order from a folder writePreparedModel wrote, or
 * undefined when the folder is missing, unreadable or stamped for another layout or model.
 */
function readPreparedModel(dir: string | undefined): { model: CoreModel; order: Uint32Array } | undefined {
  if (dir === undefined) return undefined;
  try {
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'core.json'), 'utf8')) as CoreModel & { prepared?: PreparedStamp };
    const stamp = model.prepared;
    if (stamp?.layout !== PREPARED_LAYOUT || stamp.modelVersion !== READ_ONCE_VERSION) return undefined;
    delete model.prepared;
    const words = fs.readFileSync(path.join(dir, 'lexemes.u16')).toString('utf16le');
    const offsets = uint32File(path.join(dir, 'offsets.bin'));
    const order = uint32File(path.join(dir, 'order.bin'));
    const lexicon = uint32File(path.join(dir, 'lexicon.bin'));
    const xpansions = uint32File(path.join(dir, 'xpansions.bin'));
    if (
      offsets.length !== stamp.words + 1 ||
      offsets[stamp.words] !== words.length ||
      order.length !== stamp.words ||
      lexicon.byteLength !== stamp.lexiconBytes ||
      xpansions.byteLength !== stamp.xpansionsBytes
    ) {
      return undefined;
    }
    (model.features.lexeme as CoreModel['features'][string]).list = lexemeList(words, offsets);
    model.lexicon = lexicon;
    model.xpansions = xpansions;
    return { model, order };
  } catch {
    return undefined;
  }
}

/**
 * read-core-model.js then load-core-model.js of 1.8.1, on a freshly parsed copy of the JSON, or
 * on the prepared model in `preparedDir` (writePreparedModel) when it is there and current; then
 * the lexeme hash is a lexemeLookup view, not a dictionary.
 */
export function readCoreModel(dist: string, preparedDir?: string): CoreModel {
  const prepared = readPreparedModel(preparedDir);
  let model: CoreModel;
  if (prepared) model = prepared.model;
  else {
    model = JSON.parse(fs.readFileSync(coreModelFile(dist), 'utf8')) as CoreModel;
    model.lexicon = uint32FromBase64(model.lexicon as string);
    model.xpansions = uint32FromBase64(model.xpansions as string);
  }
  const { packing, features, pos } = model;
  const hashOf = (list: string[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]?.[3] === 0) (features[f] as { hash?: Record<string, number>; list: string[] }).hash = hashOf(features[f]?.list ?? []);
  const lexeme = features.lexeme as CoreModel['features'][string];
  lexeme.hash = prepared ? lexemeLookup(lexeme.list, prepared.order) : hashOf(lexeme.list);
  const clusters = (features.posClusters as { list: unknown[] }).list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    const feature = features[f] as CoreModel['features'][string];
    if (layout[3] === 0) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The installed model's dist folder when it is the version this file reproduces, else null. */
function modelDist(): string | null {
  const nodeRequire = createRequire(import.meta.url);
  const main = nodeRequire.resolve('wink-eng-lite-web-model');
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8')) as { version?: string };
  return pkg.version === READ_ONCE_VERSION ? path.dirname(main) : null;
}

/** An automaton that recognises nothing, in wink-nlp's JSON form (its emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

export interface WinkModelOptions {
  /** out/cli's prepared model folder (writePreparedModel); missing or stale means the package's JSON. */
  preparedDir?: string;
  /**
   * For wink-nlp pipes of 'negation' and 'sbd' only: the other stages get empty machines. The
   * CLI build's wink-nlp facade refuses any other pipe, so no stage can silently run empty.
   */
  negationOnly?: boolean;
}

/** The model object for winkNLP(model, …), from the installed package. */
export function winkModelReadOnce(options: WinkModelOptions = {}): WinkModel {
  const nodeRequire = createRequire(import.meta.url);
  const dist = modelDist();
  if (dist === null) return nodeRequire('wink-eng-lite-web-model') as WinkModel;
  const load = (name: string): unknown => nodeRequire(path.join(dist, name));
  const model = Object.create(null) as WinkModel;
  model.core = () => readCoreModel(dist, options.preparedDir);
  model.sbd = load('load-sbd-model.js') as Loader;
  model.negation = load('load-negation-model.js') as Loader;
  model.featureFn = load('feature.js');
  if (options.negationOnly === true) {
    // wink-nlp's load() builds every stage's machines whatever the pipe; these never run.
    model.pos = () => ({ machines: [], transformers: [], setter: () => undefined, updater: () => undefined });
    model.ner = () => ({ machines: [], transformers: [] });
    model.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
    model.metaCER = () => ({ machines: EMPTY_MACHINE, transformers: [] });
  } else {
    model.pos = load('load-pos-model.js') as Loader;
    model.ner = load('load-ner-model.js') as Loader;
    model.sa = load('load-sa-model.js') as Loader;
    model.metaCER = load('load-cer-meta-model.js') as Loader;
  }
  model.addons = Object.create(null) as Record<string, unknown>;
  const addOn = (key: string, file: string): void => {
    let value: unknown;
    Object.defineProperty(model.addons, key, { enumerable: true, get: () => (value ??= load(file)) });
  };
  addOn('stem', 'porter-stemmer.js');
  addOn('lemmatize', 'lemmatize.js');
  addOn('readabilityStats', 'readability-stats.js');
  model.addons.wordVectors = undefined;
  return model;
}
