// Speaking pace: words at 140 a minute, Han characters at 180 a minute (speakingPace.ts gives the
// basis), one implementation for the rubric, the questions view, the editor and rehearsal.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WPM,
  HAN_CHARS_PER_MINUTE,
  describeBudget,
  describePace,
  hanCharsPerMinute,
  secondsToSpeak,
  spokenUnits,
} from '../../../src/core/rubric/speakingPace';
import { countSectionWords } from '../../../src/core/rubric/prepareSection';
import { estimateSeconds, paceOf } from '../../../src/renderer/src/features/rehearsal/speakingTime';
import { findingsOf, run } from './ruleHarness';

/** n Han characters of plain prose, in sentences of 20 characters. */
function han(n: number): string {
  const base = '我们在上线之前和模型风险团队一起确认了验证计划并约定了监控阈值和升级路径';
  let out = '';
  while (out.replace(/[。]/g, '').length < n) out += base.slice(0, Math.min(19, n - out.replace(/[。]/g, '').length)) + '。';
  return out;
}
const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');

describe('spokenUnits', () => {
  it('counts English as the rubric counts words', () => {
    const text = 'My ask is $190k–$230k base, with a 15% bonus.';
    expect(spokenUnits(text)).toEqual({ words: countSectionWords(text), hanChars: 0 });
  });
  it('counts each Han character once and the Latin words and figures apart', () => {
    expect(spokenUnits('我们用XGBoost把损失降低了30%，并通过SR 11-7验证。')).toEqual({ hanChars: 14, words: 4 });
  });
  it('gives the generated Chinese fixture the length asked for', () => {
    expect(spokenUnits(han(420)).hanChars).toBe(420);
  });
});

describe('secondsToSpeak', () => {
  it.each([
    [{ words: 140, hanChars: 0 }, DEFAULT_WPM, 60],
    [{ words: 0, hanChars: HAN_CHARS_PER_MINUTE }, DEFAULT_WPM, 60],
    [{ words: 70, hanChars: 90 }, DEFAULT_WPM, 60],
    [{ words: 0, hanChars: 360 }, DEFAULT_WPM, 120],
    // A template's slower pace slows the character pace by the same ratio.
    [{ words: 0, hanChars: 360 }, 70, 240],
  ])('%j at %d words a minute takes %d s', (units, wpm, seconds) => {
    expect(secondsToSpeak(units, wpm)).toBe(seconds);
  });
  it('scales the character pace with the template pace', () => {
    expect(hanCharsPerMinute(DEFAULT_WPM)).toBe(180);
    expect(hanCharsPerMinute(70)).toBe(90);
  });
  it('names the pace and budget in the text’s own unit', () => {
    expect(describePace({ words: 10, hanChars: 0 })).toBe('140 words a minute');
    expect(describePace({ words: 0, hanChars: 300 })).toBe('180 Chinese characters a minute');
    expect(describePace({ words: 6, hanChars: 300 })).toBe('180 Chinese characters a minute (140 words a minute for English)');
    expect(describeBudget({ words: 6, hanChars: 300 }, 120)).toBe('about 360 Chinese characters');
    expect(describeBudget({ words: 300, hanChars: 0 }, 120)).toBe('about 280 words');
  });
});

describe('speaking-time times Chinese by characters', () => {
  const memo = (text: string) => ({ text, template: 'comp-memo', section: 'close', company: 'fintech' });
  it('flags a Chinese memo of 420 characters (140 s) against a 2-minute budget', () => {
    const text = han(420);
    // By segmented words it would have passed: the old reading undercounted Chinese.
    expect(Math.round((countSectionWords(text) / 140) * 60)).toBeLessThanOrEqual(120);
    const [f] = findingsOf('speaking-time', memo(text));
    expect(f?.message).toBe('This takes about 140 s to say at 180 Chinese characters a minute; the budget is 120 s (about 360 Chinese characters).');
  });
  it('passes a Chinese memo of 330 characters (110 s)', () => {
    expect(findingsOf('speaking-time', memo(han(330)))).toEqual([]);
  });
  it('keeps English at 140 words a minute', () => {
    expect(findingsOf('speaking-time', memo(words(270)))).toEqual([]);
    const [f] = findingsOf('speaking-time', memo(words(300)));
    expect(f?.message).toBe('This takes about 129 s to say at 140 words a minute; the budget is 120 s (about 280 words).');
  });
  it('reports the same seconds in the check result', () => {
    expect(run(memo(han(420))).speakingSeconds).toBe(140);
    expect(run(memo(words(280))).speakingSeconds).toBe(120);
  });
});

describe('rehearsal estimate', () => {
  it('uses the character pace for a Chinese draft and says so', () => {
    expect(estimateSeconds(han(360))).toBe(120);
    expect(paceOf(han(360))).toBe('180 Chinese characters a minute');
    expect(estimateSeconds(words(140))).toBe(60);
    expect(paceOf(words(140))).toBe('140 words a minute');
  });
});
