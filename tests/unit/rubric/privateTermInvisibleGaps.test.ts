// Breaker trial (session 8), F14 and F17: a private term split by something a reader never sees
// must still be found. Characters the Word export and the browser drop (XML-invalid controls,
// U+FFFE/U+FFFF, lone surrogates) join the letters on either side; a line wrap or a space inside a
// run of Han or kana does not part a Chinese or Japanese word. What a reader does see (a blank
// line between paragraphs, an emoji) still parts it.
import { describe, expect, it } from 'vitest';
import { privateTermMatcher } from '../../../src/core/rubric/privateTermMatcher';

const matcher = privateTermMatcher(['Acmebank', '招商银行', 'プロジェクト'])!;
const found = (text: string): string[] => matcher.find(text).map((m) => m.term);

describe('private terms across characters a reader never sees', () => {
  it.each([
    ['U+FFFF', 'Our client Acme\uFFFFbank signed.', 'Acmebank'],
    ['U+FFFE', 'Our client Acme\uFFFEbank signed.', 'Acmebank'],
    ['a lone high surrogate', 'Our client Acme\uD800bank signed.', 'Acmebank'],
    ['a lone low surrogate', 'Our client Acme\uDC00bank signed.', 'Acmebank'],
    ['a line wrap inside a Chinese word', '客户是招商\n银行的信用卡部。', '招商银行'],
    ['a space inside a Chinese word', '客户是招商 银行的信用卡部。', '招商银行'],
    ['an ideographic space', '客户是招商\u3000银行。', '招商银行'],
    ['a line wrap inside katakana', 'これはプロジェ\nクトです。', 'プロジェクト'],
  ])('finds the term across %s', (_name, text, term) => {
    expect(found(text)).toEqual([term]);
  });

  it.each([
    ['a blank line (two paragraphs)', '客户是招商\n\n银行的信用卡部。'],
    ['an emoji between the letters', 'Our client Acme😀bank signed.'],
    ['a Latin word between the Han', '招商 ABC 银行'],
  ])('does not join what a reader sees apart: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('underlines the term as written, gap included', () => {
    const text = '客户是招商\n银行。';
    const [m] = matcher.find(text);
    expect(text.slice(m!.start, m!.end)).toBe('招商\n银行');
  });
});
