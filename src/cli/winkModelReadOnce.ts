// wink-nlp's English lite model (wink-eng-lite-web-model 1.8.1) as a one-shot CLI process needs
// it: the same object of loaders as the package's dist/model.js, except that the core model (the
// 3 MB lexicon) is parsed from its JSON once and decoded with Buffer. The package's own reader
// parses the JSON at require time and then deep-copies it with JSON.parse(JSON.stringify(...)) at
// every read, and decodes base64 with atob and a loop: about 45% of the model's load time, and
// the model is most of `dossier check`'s time when a sentence has a negator. Only the CLI build
// uses this (scripts/build-cli.mjs); the sources and the editor's worker use the package as is.
// Any other version of the package is used as published. A test compares both core models.
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

/** read-core-model.js then load-core-model.js of 1.8.1, on a freshly parsed copy of the JSON. */
export function readCoreModel(dist: string): CoreModel {
  const file = path.join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json');
  const model = JSON.parse(fs.readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  const hashOf = (list: string[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]?.[3] === 0) (features[f] as { hash?: Record<string, number>; list: string[] }).hash = hashOf(features[f]?.list ?? []);
  const lexeme = features.lexeme as CoreModel['features'][string];
  lexeme.hash = hashOf(lexeme.list);
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

/** The model object for winkNLP(model, …), from the installed package. */
export function winkModelReadOnce(): WinkModel {
  const nodeRequire = createRequire(import.meta.url);
  const main = nodeRequire.resolve('wink-eng-lite-web-model');
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8')) as { version?: string };
  if (pkg.version !== READ_ONCE_VERSION) return nodeRequire('wink-eng-lite-web-model') as WinkModel;
  const dist = path.dirname(main);
  const load = (name: string): unknown => nodeRequire(path.join(dist, name));
  const model = Object.create(null) as WinkModel;
  model.core = () => readCoreModel(dist);
  model.sbd = load('load-sbd-model.js') as Loader;
  model.pos = load('load-pos-model.js') as Loader;
  model.ner = load('load-ner-model.js') as Loader;
  model.negation = load('load-negation-model.js') as Loader;
  model.sa = load('load-sa-model.js') as Loader;
  model.metaCER = load('load-cer-meta-model.js') as Loader;
  model.featureFn = load('feature.js');
  model.addons = Object.create(null) as Record<string, unknown>;
  model.addons.stem = load('porter-stemmer.js');
  model.addons.lemmatize = load('lemmatize.js');
  model.addons.readabilityStats = load('readability-stats.js');
  model.addons.wordVectors = undefined;
  return model;
}
