// Messages that name a section or an element read as English for every template (newcomer trial,
// item 2: "The The trade-off section", "does not show the how you told leadership"). Two ways:
// every rule text with a {section} or {element} placeholder is filled with every section label
// and element label it can receive, and every finding the checks raise on empty and overlong
// drafts of every template is read as the candidate sees it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { appRoot, run } from './ruleHarness';

const templates = loadTemplatesFrom(appRoot, null).templates;
const ARTICLE = '(?:the|a|an|this|your)';
const broken: [RegExp, string][] = [
  [new RegExp(`\\b${ARTICLE}\\s+[“"]?${ARTICLE}\\b`, 'i'), 'doubled article'],
  [new RegExp(`\\b${ARTICLE}\\s+(?:how|what|who|whom|why|when|where|which|whether)\\b`, 'i'), 'article before a question word'],
  [/\{\w+\}/, 'unfilled placeholder'],
  [/\b(\w+) \1\b/i, 'repeated word'],
];

function problems(text: string): string[] {
  return broken.filter(([re]) => re.test(text)).map(([, what]) => `${what}: ${text}`);
}

interface PackRule { id: string; kind: string; message: string; suggestion?: string; params?: { elements?: { label: string }[]; sectionMessage?: string } }
const rules: PackRule[] = fs
  .readdirSync(path.join(appRoot, 'resources', 'rubrics'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(appRoot, 'resources', 'rubrics', f), 'utf8')) as { rules: PackRule[] }).rules);

describe('the problem detector', () => {
  it.each([
    'The The trade-off section is required and still empty.',
    'Your kill story does not show the how you told leadership yet.',
    'Write two or three sentences for the the decision.',
    'Add a sentence on {element}.',
  ])('flags “%s”', (bad) => expect(problems(bad)).not.toEqual([]));
  it.each([
    'The section “The trade-off” is required and still empty.',
    'Your kill story does not show how you told leadership yet.',
    '本节“权衡”还没有内容。',
  ])('passes “%s”', (good) => expect(problems(good)).toEqual([]));
});

describe('rule texts filled with every label', () => {
  const labels = [...new Set(templates.flatMap((t) => t.sections.map((s) => s.label)))];
  const withSection = rules.filter((r) => [r.message, r.suggestion ?? '', r.params?.sectionMessage ?? ''].some((t) => t.includes('{section}')));
  const withElement = rules.filter((r) => r.params?.elements && [r.message, r.suggestion ?? ''].some((t) => t.includes('{element}')));
  it('has rules of both shapes', () => {
    expect(withSection.length).toBeGreaterThan(0);
    expect(withElement.length).toBeGreaterThan(1);
  });
  it.each(withSection.map((r) => [r.id, r] as const))('%s reads well with every section label', (_id, r) => {
    const out = labels.flatMap((label) => [r.message, r.suggestion ?? '', r.params?.sectionMessage ?? ''].flatMap((t) => problems(t.replaceAll('{section}', label))));
    expect(out).toEqual([]);
  });
  it.each(withElement.map((r) => [r.id, r] as const))('%s reads well with every element label', (_id, r) => {
    const out = (r.params?.elements ?? []).flatMap((e) => [r.message, r.suggestion ?? ''].flatMap((t) => problems(t.replaceAll('{element}', e.label))));
    expect(out).toEqual([]);
  });
});

describe('findings on empty and overlong drafts of every template', () => {
  for (const t of templates) {
    it(`${t.id}`, () => {
      const long: Record<string, string> = {};
      for (const s of t.sections) long[s.id] = Array.from({ length: Math.ceil((s.wordBudget * 2 + 20) / 10) }, () => s.guidance.strong.split(/\s+/).slice(0, 10).join(' ') + '.').join(' ');
      const out: string[] = [];
      for (const sections of [{}, { 'extra:Notes': 'A note.' }, long]) {
        for (const company of ['wells-fargo', 'jpmorgan', 'american-express', 'fintech', null]) {
          for (const f of run({ text: '', template: t.id, company, sections }).findings) {
            out.push(...problems(f.message), ...problems(f.suggestion ?? ''), ...problems(f.fix?.label ?? ''));
          }
        }
      }
      expect(out).toEqual([]);
    });
  }
});
