// Rule-pack patterns run only where one of their required literal texts is (ruleKind's mayMatch).
// Those texts must be a necessary condition of a match, or a skipped pattern would lose a
// finding: checked for every string in the rule packs over every sentence of the gold corpus and
// the incoming set (the held-out sets are not read), beside table tests of the derivation.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayMatch, pattern, requiredLiterals, requiredTestOf } from '../../../src/core/rubric/ruleKind';

const root = path.resolve(import.meta.dirname, '../../..');

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function corpusSentences(): string[] {
  const out: string[] = [];
  for (const dir of ['cases', 'incoming']) {
    const folder = path.join(root, 'tests/gold', dir);
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === 'string') out.push(text, ...text.split(/(?<=[.!?;。；！？])\s*/));
      }
    }
  }
  return out;
}

describe('requiredLiterals', () => {
  it.each([
    ['\\bship(?:ped|ping)? fast\\b', [' fast']],
    ['\\b(?:by-?pass(?:ed|ing)?|skip(?:ped|ping)?|work(?:ed|ing)? around)\\b', ['pass', 'skip', ' around']],
    ['\\bforgiveness,? not permission\\b|\\bask(?:ing)? for forgiveness\\b', [' not permission', ' for forgiveness']],
    ['\\bwave[ds]? (?:it )?through\\b', ['through']],
    ['(?:加速|加快)了?[^，。；]{0,6}审批|砍掉了?[^，。；]{0,8}流程|绕(?:过|开)了?', ['加速', '加快', '砍掉', '绕']],
    ['\\b(?:launch|(?:re)?deploy)\\b', ['launch', 'deploy']],
    ['(?:the )?model', ['model']],
    ['\\d+ ms', [' ms']],
    ['(?<=\\bnot )ship', ['ship']],
    ['(ship|launch) it', [' it']],
    ['[|]ship|x', ['ship', 'x']],
    ['\\bA\\/?B test', ['B test']],
    ['cancell?ed', ['cancel']],
    ['\\bco-?founders?\\b', ['founder']],
    ['\\d+', null],
    ['[a-z]+ ?', null],
    ['(?=x)\\w', null],
    ['(?:a|\\d)', null],
    ['x{0,3}', null],
    ['(?:ab)?c|\\s', null],
    ['ab{2}cd', ['cd']],
    ['abc{x (?:de)? fgh}', [' fgh']],
    ['[]ab|[^]cd', ['ab', 'cd']],
  ])('%s -> %j', (source, leads) => {
    expect(requiredLiterals(source)).toEqual(leads);
  });

  it('a pattern whose words are absent is not run, one whose words are present is', () => {
    const re = pattern('\\b(?:bypass(?:ed|ing)?|skipp(?:ed|ing)) (?:the |a |an )?(?:model |risk |compliance |independent )?(?:review|validation|sign-off)\\b');
    expect(requiredTestOf(re)?.source).toBe('review|validation|sign-off');
    expect(mayMatch(re, 'Fraud losses fell from $4.1M to $2.9M a year.')).toBe(false);
    expect(mayMatch(re, 'We SKIPPED the review.')).toBe(true);
    expect(re.test('We SKIPPED the review.')).toBe(true);
  });

  it('a test nearly as long as its pattern (a list of names) is not made', () => {
    expect(requiredTestOf(pattern('\\b(?:TensorFlow|PyTorch|XGBoost|LightGBM)\\b'))).toBeNull();
  });
});

describe('rule-pack patterns', () => {
  const files = fs.readdirSync(path.join(root, 'resources/rubrics')).filter((f) => f.endsWith('.json'));
  const sources = [...new Set(files.flatMap((f) => strings(JSON.parse(fs.readFileSync(path.join(root, 'resources/rubrics', f), 'utf8')), [])))];
  const compiled = sources.flatMap((s) => {
    try {
      return [pattern(s)];
    } catch {
      return [];
    }
  });
  const led = compiled.filter((re) => requiredTestOf(re) !== null);

  it('most patterns get required texts', () => {
    expect(led.length).toBeGreaterThan(60);
  });

  it('no corpus sentence a pattern matches lacks its required texts', () => {
    const sentences = corpusSentences();
    const missing: string[] = [];
    let matched = 0;
    for (const re of led) {
      const plain = new RegExp(re.source, re.flags.replace('g', ''));
      const lead = requiredTestOf(re);
      for (const s of sentences) {
        if (!plain.test(s)) continue;
        matched++;
        if (lead && !lead.test(s)) missing.push(`${re.source.slice(0, 60)} | ${s}`);
      }
    }
    expect(missing).toEqual([]);
    expect(matched).toBeGreaterThan(250);
  });
});
