import { describe, expect, it } from 'vitest';
import { readableText } from '../../../src/renderer/src/features/rehearsal/readableText';

describe('readableText', () => {
  it.each([
    ['## Ask\nMy **base** ask is _$190k–$230k_.', 'Ask\nMy base ask is $190k–$230k.'],
    ['- first\n- second', '• first\n• second'],
    ['See [the memo](http://x.test) and `SR 11-7`.', 'See the memo and SR 11-7.'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['keep snake_case_words and 2*3*4', 'keep snake_case_words and 2*3*4'],
    ['text <!-- dossier-ignore comp-range --> more', 'text  more'],
  ])('%j', (input, expected) => {
    expect(readableText(input)).toBe(expected);
  });
});
