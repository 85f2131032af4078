// Front matter of the wrong shape gets one plain sentence, not the validator's words (breaker
// trial F3); an empty field is simply absent.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';

const withFrontMatter = (yaml: string) => `---\n${yaml}\n---\n## Problem\n\nText.\n`;

describe('front matter messages', () => {
  it('reads an empty title, template or company as absent', () => {
    const fm = parseMarkdown(withFrontMatter('template: impact-brief\ntitle:\ncompany:')).frontMatter;
    expect(fm.title).toBeUndefined();
    expect(fm.company).toBeUndefined();
    expect(fm.template).toBe('impact-brief');
  });

  it.each([
    ['title: 123', /“title” should be text, but YAML reads 123 as a number\. Put it in quotes: title: "123"\./],
    ['title: true', /“title” should be text, but YAML reads true as a yes\/no value/],
    ['title: [a, b]', /“title” should be one line of text, not a list/],
    ['company: {a: 1}', /“company” should be one line of text, not a list or a group of keys/],
    ['silencedRules: baseline', /“silencedRules” should be a list of rule ids/],
  ])('%s', (yaml, message) => {
    let error: unknown = null;
    try {
      parseMarkdown(withFrontMatter(`template: impact-brief\n${yaml}`));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(Error);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toMatch(/expected|received|Invalid input/);
  });
});
