// Table tests: comp-band reads from its word lists (seniorTerms, managementTerms) whether the role
// is senior (the Chinese Wells Fargo guide lets a senior bonus reach 50 %+) or on the management
// track (the same guide puts its total 20–40 % above $190k–$340k). The lists now know the titles
// banks and tech firms use (Staff, Principal, Lead, Group PM, Director, Executive/Managing
// Director, VP/SVP, Head of; 资深, 高级, 首席, 总监, 副总裁, 团队负责人, 下属), and a word counts only
// when the writer says it of the role: not negated ("this is not a senior role"), not a condition
// ("if the role is senior"), not someone else ("a senior PM asked me", "I report to a Director").
// At Wells Fargo a bare Vice President title is a level inside the band, not senior (see
// payTitleLadder.test.ts), so these rows use Senior Vice President and SVP.
import { describe, expect, it } from 'vitest';
import { compBandFindings } from './ruleHarness';

const compBand = (sections: Record<string, string>) => compBandFindings('wells-fargo', sections);
/** A 45% bonus (between the Chinese guide's 35% and its senior 50%): read as senior unless the warning says nothing states it. */
const readsSenior = (anchor: string) => !compBand({ anchor, 'bonus-equity': 'I am asking for a 45% bonus.' }).some((f) => f.message.includes('Nothing here says the role is senior'));
/** A $400k total (above $340k for ICs, inside the management track's $228k–$476k): read as management when nothing is flagged. */
const readsManagement = (anchor: string) => compBand({ anchor, close: 'I am asking for a total of $400k a year.' }).length === 0;

describe('senior: titles the lists used to miss, and words that are not the role', () => {
  it.each([
    'I am interviewing for a Staff PM role.',
    'I am interviewing for a Principal AI PM role.',
    'The role is Director of AI Product.',
    'The role is Director, AI Products.',
    'I am applying as a Senior Director.',
    'The title is SVP of Product.',
    'The title is Senior Vice President, AI Product.',
    'The role is Executive Director, Model Risk Products.',
    'I would join as a Lead PM.',
    'I would join as Lead AI Product Manager.',
    'The role is Sr. PM.',
    'The role is Group Product Manager.',
    '我应聘的是资深AI产品经理。',
    '这个职位是资深岗。',
    '职位是AI产品总监。',
    '我应聘的是首席产品经理。',
    '职位是SVP。',
  ])('must read senior: %s', (anchor) => {
    expect(readsSenior(anchor)).toBe(true);
  });

  it.each([
    'I am a product manager.',
    'In round one a senior PM asked me to design a fraud feature.',
    'I report to a Director of Product.',
    'This is not a senior role.',
    'I am not applying for a Staff PM role; it is a mid-level IC role.',
    'The hiring manager is a director-level leader.',
    'If the role were senior, I would ask for more.',
    'I led a team of senior engineers on the project.',
    'I played a lead role in the launch.',
    '我应聘的是产品经理。',
    '我的面试官是一位资深产品经理。',
    '这个职位不是高级产品经理。',
    '如果是资深岗，我会再谈奖金。',
  ])('must not read senior: %s', (anchor) => {
    expect(readsSenior(anchor)).toBe(false);
  });
});

describe('management track: titles and team words', () => {
  it.each([
    'The role is Director of AI Product.',
    'The title is SVP of Product.',
    'The role is Group Product Manager.',
    'I would manage a team of four PMs.',
    'I will have five direct reports.',
    'This is a people-manager role.',
    '我应聘的是产品总监。',
    '我将管理一个五人团队。',
    '我会带一个6人的团队。',
    '我是团队负责人，有4个下属。',
    '这是部门经理岗位。',
  ])('must read management: %s', (anchor) => {
    expect(readsManagement(anchor)).toBe(true);
  });

  it.each([
    'I am interviewing for a Staff PM role.',
    'This is not a management role.',
    'I report to a Director of Product.',
    'If it becomes a management role, I will revisit the total.',
    '我应聘的是产品经理。',
    '这不是管理岗。',
    '我会向团队负责人汇报。',
    '这个功能带来了团队效率的提升。',
  ])('must not read management: %s', (anchor) => {
    expect(readsManagement(anchor)).toBe(false);
  });
});
