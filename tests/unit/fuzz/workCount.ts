// Work counted, not timed, for the linear-cost tests: a busy machine changes how long a step
// takes but never these counts, so an n-vs-4n ratio of them is the same on every run.
// - characters regexes scan: every match attempt through exec, test, replace, match, matchAll,
//   split or search (with RegExp.prototype.exec replaced, V8 routes all of them through it)
//   counts the characters it moves forward over: from where it starts to the end of its match,
//   or to the end of the text when it finds none. An attempt anchored where it starts (a pattern
//   opening with ^ without the m flag, or the y flag) counts its match's length, or 1 when it
//   fails; so re-reading a text once per level or per item shows up, while a lexer trying its
//   anchored rules at each position does not;
// - key lookups: Map and Set operations (get, has, set, add, delete), Object.hasOwn and
//   hasOwnProperty, so a step that probes every earlier key for each new one shows up here (the
//   `in` operator cannot be counted: use Object.hasOwn);
// - characters Intl.Segmenter copies: V8's segment iterator copies its whole input for each
//   segment it yields, so each segment counts as the length of the text being segmented;
// - characters marked's inline rules read ahead: marked tries its emphasis and strikethrough rules
//   at each delimiter, and its raw-HTML rule at each comment, processing instruction, CDATA or
//   declaration opener, and such a try reads up to the closer, or to the end of the paragraph when
//   there is none; it counts the token it made, or the rest of the paragraph when it failed.
// Work inside one regex execution (backtracking, scanning ahead) is not counted here: the
// backtracking child (regexBacktracking.ts) catches that with V8's own backtrack counter.

export interface Work {
  regexChars: number;
  collectionOps: number;
  segmenterChars: number;
  markedReadAhead: number;
}

export function totalWork(w: Work): number {
  return w.regexChars + w.collectionOps + w.segmenterChars + w.markedReadAhead;
}

import { Tokenizer } from 'marked';

/** Where marked's emphasis, strikethrough and raw-HTML rules search ahead for a closer (no regex: it would count itself). */
function readsToCloser(src: string): boolean {
  if ('*_~'.includes(src[0] ?? ' ')) return true;
  if (src.startsWith('<!--') || src.startsWith('<?') || src.startsWith('<![CDATA[')) return true;
  const c = (src[2] ?? '').toLowerCase();
  return src.startsWith('<!') && c >= 'a' && c <= 'z';
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces `proto[name]` with a counting wrapper; returns the function that restores it. */
function countCalls(proto: object, name: string, onCall: (self: unknown, args: unknown[]) => void): () => void {
  const original = (proto as Record<string, Method>)[name]!;
  Object.defineProperty(proto, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      onCall(this, args);
      return original.apply(this, args);
    },
  });
  return () => Object.defineProperty(proto, name, { configurable: true, writable: true, value: original });
}

/** Starts counting (see above); returns the counts and the function that stops counting. Not re-entrant. */
function startCounting(): { work: Work; stop: () => void } {
  const work: Work = { regexChars: 0, collectionOps: 0, segmenterChars: 0, markedReadAhead: 0 };
  const restore: (() => void)[] = [];
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, text);
    const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline);
    const end = match === null ? (anchored ? from + 1 : text.length) : match.index + match[0].length;
    work.regexChars += Math.max(1, end - from);
    return match;
  };
  restore.push(() => (RegExp.prototype.exec = exec));
  for (const proto of [Map.prototype, Set.prototype]) {
    for (const name of ['get', 'has', 'set', 'add', 'delete']) if (Object.hasOwn(proto, name)) restore.push(countCalls(proto, name, () => work.collectionOps++));
  }
  restore.push(countCalls(Object, 'hasOwn', () => work.collectionOps++));
  restore.push(countCalls(Object.prototype, 'hasOwnProperty', () => work.collectionOps++));
  const segment = Intl.Segmenter.prototype.segment;
  Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
    const segments = segment.call(this, input);
    const iterate = segments[Symbol.iterator].bind(segments);
    const length = String(input).length;
    return Object.assign(Object.create(segments) as Intl.Segments, {
      [Symbol.iterator]: function* () {
        for (const s of iterate()) {
          work.segmenterChars += length;
          yield s;
        }
      },
    });
  };
  restore.push(() => (Intl.Segmenter.prototype.segment = segment));
  const tokenizer = Tokenizer.prototype as unknown as Record<string, Method>;
  for (const name of ['emStrong', 'del', 'tag']) {
    const rule = tokenizer[name]!;
    tokenizer[name] = function (this: unknown, ...args: unknown[]) {
      const src = String(args[0]);
      const token = rule.apply(this, args) as { raw: string } | undefined;
      if (readsToCloser(src)) work.markedReadAhead += token ? token.raw.length : src.length;
      return token;
    };
    restore.push(() => (tokenizer[name] = rule));
  }
  return { work, stop: () => restore.reverse().forEach((undo) => undo()) };
}

/** Runs `fn` and counts the work it does (see above). Not re-entrant. */
export function countWork(fn: () => unknown): Work {
  const { work, stop } = startCounting();
  try {
    fn();
  } finally {
    stop();
  }
  return work;
}

/** countWork for an async `fn`: nothing else may run while it is counted. */
export async function countWorkAsync(fn: () => Promise<unknown>): Promise<Work> {
  const { work, stop } = startCounting();
  try {
    await fn();
  } finally {
    stop();
  }
  return work;
}

/**
 * How much more work `fn(4n)` does than `fn(n)`: about 4 when linear, about 16 when quadratic.
 * The first call warms up (modules initialise, caches fill) and is not counted.
 */
export function workGrowth(fn: (n: number) => unknown, n: number): number {
  fn(n);
  return totalWork(countWork(() => fn(4 * n))) / Math.max(totalWork(countWork(() => fn(n))), 1);
}
