// The words around a draft's findings, in the findings' language (findingsLanguage.ts): the Issues
// panel's tier headings, buttons and notes, the vague-words card, what the draft does well, the
// "pay not checked" caveat and the rehearsal view's notes. One table, so every place that shows a
// Chinese draft's findings speaks Chinese around them and an English draft's speak English; the
// findings' own text comes from the rule packs (messageZh and siblings). The app's chrome (menus,
// dashboard, settings) stays English and does not read this table.
//
// The Chinese is written for a candidate reading it, not translated word for word: short, plain,
// and kind (建议 rather than 必须; 还没 rather than 没有 for what is still to write).
import type { FindingsLanguage } from './findingsLanguage';

/** Panel tiers: to-dos while nothing is written, then errors, warnings, notes, silenced findings. */
export type TierId = 'todo' | 'error' | 'warning' | 'info' | 'silenced';

/** Rules whose passing the panel names as a strength (strengths.ts), each with its line. */
export type StrengthRule =
  | 'compliance-afterthought'
  | 'governance-terms'
  | 'kill-story-elements'
  | 'failure-modes'
  | 'quantified-impact'
  | 'baseline'
  | 'vanity-metric'
  | 'comp-range'
  | 'owns-tradeoffs'
  | 'vague-language'
  | 'length-budget';

export interface FindingsWords {
  tiers: Record<TierId, string>;
  /** Screen-reader names of the severity icons, and of a to-do. */
  severity: { error: string; warning: string; info: string; todo: string };
  /** Section name of a finding about the whole document. */
  wholeDocument: string;
  why: string;
  try: string;
  /** What goes between a bold label and its text (a space in English, nothing after a full-width colon). */
  gap: string;
  silencedBadge: string;
  silenceHere: string;
  silenceHereTitle: string;
  silenceForDocument: string;
  checkAgain: string;
  goToIt: string;
  ruleIdTitle: (rule: string) => string;
  /** Toast after silencing a rule for the document, with the rule's plain name. */
  silencedToast: (ruleName: string) => string;
  undo: string;
  vague: (n: number) => string;
  vagueTry: string;
  notStarted: string;
  clearChecked: string;
  clear: string;
  clearFirst: string;
  strengthsTitle: string;
  strengths: Record<StrengthRule, string>;
  /**
   * Why pay figures were not checked: `guides` are the guides' names in this language (sourceName),
   * empty when the folder has no guide at all.
   */
  payCaveat: (guides: readonly string[]) => string;
  /** The label before the caveat in `dossier check`'s text report. */
  note: string;
  /** The rehearsal view's notes on the draft being practised (the controls stay as they are). */
  rehearsal: RehearsalWords;
}

/** A piece of a sentence, `strong` when the figure is the point, `over` for the nudge when over budget. */
export interface Piece {
  text: string;
  strong?: boolean;
  over?: boolean;
}

export interface RehearsalWords {
  /** "1 min 45 s" / "1 分 45 秒". */
  duration: (seconds: number) => string;
  noText: string;
  beforeStart: string;
  /** The estimate sentence: how long at what pace, against the budget (null: none), with a nudge when over. */
  estimate: (time: string, pace: string, budget: string | null, over: boolean) => Piece[];
  toneNote: string;
  lastRun: string;
  /** After the last run's time: too short to count (about `needed` to say it in full). */
  tooShort: (needed: string) => string;
  overBudget: (over: string) => string;
  withinBudget: string;
  sectionBudget: (time: string) => string;
  pastRehearsals: string;
  noneYet: string;
  logTooShort: string;
  logOver: (over: string) => string;
  logWithin: string;
  notLogged: (reason: string) => string;
}

function durationEn(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

function durationZh(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  if (s < 60) return `${s} 秒`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${m} 分钟` : `${m} 分 ${rest} 秒`;
}

const EN: FindingsWords = {
  tiers: { todo: 'To do', error: 'Big mistakes', warning: 'Worth fixing', info: 'Notes', silenced: 'Silenced' },
  severity: { error: 'Error', warning: 'Warning', info: 'Note', todo: 'To do' },
  wholeDocument: 'Whole document',
  why: 'Why it matters:',
  try: 'Try:',
  gap: ' ',
  silencedBadge: 'Silenced',
  silenceHere: 'Silence here',
  silenceHereTitle: 'Adds a marker comment above this line',
  silenceForDocument: 'Silence for this document',
  checkAgain: 'Check again in this document',
  goToIt: 'Go to it',
  ruleIdTitle: (rule) => `Rule id: ${rule}`,
  silencedToast: (name) => `“${name}” is silenced for this document.`,
  undo: 'Undo',
  vague: (n) => `${n} vague words across the draft. Each says how it felt, not what you did or how much.`,
  vagueTry: 'Replace each with the figure or the action you owned, or delete it.',
  notStarted: 'Not started yet. The sections below are your to-do list; Dossier checks each one as you type.',
  clearChecked: 'No issues in what could be checked.',
  clear: 'No issues right now.',
  clearFirst: 'No issues right now. Strong documents lead with numbers, baselines and how risk was handled.',
  strengthsTitle: 'What this draft does well',
  strengths: {
    'compliance-afterthought': 'Risk and compliance are part of the work, not an afterthought',
    'governance-terms': 'It speaks the language of model risk governance',
    'kill-story-elements': 'It covers every part of a kill story',
    'failure-modes': 'It plans for how the product fails',
    'quantified-impact': 'Outcomes carry numbers',
    baseline: 'Improvements are measured against a baseline',
    'vanity-metric': 'Model metrics are tied to business results',
    'comp-range': 'The ask is a tiered range, not one number',
    'owns-tradeoffs': 'You own the trade-offs yourself',
    'vague-language': 'The wording is specific, without filler',
    'length-budget': 'It fits the page',
  },
  payCaveat: (guides) => {
    const rest = 'Add the band a recruiter gives you under Compensation to have them checked.';
    if (guides.length === 0) {
      return `Your pay figures were not checked against a band: this folder has no company guide and no band of your own. ${rest}`;
    }
    const list = guides.length === 1 ? `the ${guides[0]} publishes` : `the ${guides.slice(0, -1).join(', ')} and ${guides.at(-1)} publish`;
    return `Your pay figures were not checked against a band: ${list} no pay figures for this company. ${rest}`;
  },
  note: 'Note:',
  rehearsal: {
    duration: durationEn,
    noText: 'This document has no text yet. Write it first, then rehearse it here.',
    beforeStart: 'Before you start',
    estimate: (time, pace, budget, over) => [
      { text: 'About ' },
      { text: time, strong: true },
      { text: ` at ${pace}` },
      ...(budget === null
        ? [{ text: '.' }]
        : [{ text: ' against a budget of ' }, { text: budget, strong: true }, over ? { text: ' — trim before you rehearse.', over: true } : { text: '.' }]),
    ],
    toneNote: 'The clock turns amber near the budget and red once you pass it.',
    lastRun: 'Last run:',
    tooShort: (needed) =>
      ` — much shorter than this document takes to say (about ${needed}). A run under a third of that does not count toward readiness; try it in full when you are ready.`,
    overBudget: (over) => ` — ${over} over budget.`,
    withinBudget: ' — within budget.',
    sectionBudget: (time) => ` · ${time} budget`,
    pastRehearsals: 'Past rehearsals',
    noneYet: 'No rehearsals logged yet. Press Start, read it aloud, then Stop.',
    logTooShort: ' · too short to count',
    logOver: (over) => ` · ${over} over`,
    logWithin: ' · within budget',
    notLogged: (reason) => `This run was not logged: ${reason}`,
  },
};

const ZH: FindingsWords = {
  tiers: { todo: '待写', error: '大问题', warning: '值得修改', info: '提示', silenced: '已静默' },
  severity: { error: '错误', warning: '警告', info: '提示', todo: '待写' },
  wholeDocument: '整份文档',
  why: '为什么重要：',
  try: '建议：',
  gap: '',
  silencedBadge: '已静默',
  silenceHere: '这里不再提示',
  silenceHereTitle: '在这一行上方加一条标记注释',
  silenceForDocument: '本文档不再提示',
  checkAgain: '在本文档重新检查',
  goToIt: '跳到这里',
  ruleIdTitle: (rule) => `规则编号：${rule}`,
  silencedToast: (name) => `本文档不再提示“${name}”。`,
  undo: '撤销',
  vague: (n) => `草稿里有 ${n} 处笼统的说法。每一处都只说了感觉，没有说你做了什么、改变了多少。`,
  vagueTry: '把每一处换成具体数字或你负责的动作，或者直接删掉。',
  notStarted: '还没开始写。下面的各个部分就是你的待写清单，你一边写，Dossier 一边检查。',
  clearChecked: '能检查的部分都没有问题。',
  clear: '目前没有问题。',
  clearFirst: '目前没有问题。好的文档会先摆出数字和基线，并讲清楚风险是怎么处理的。',
  strengthsTitle: '这份草稿做得好的地方',
  strengths: {
    'compliance-afterthought': '风险和合规从一开始就是工作的一部分，而不是事后补上',
    'governance-terms': '用的是模型风险治理的说法',
    'kill-story-elements': '叫停故事该有的部分都讲到了',
    'failure-modes': '想好了产品出错时怎么办',
    'quantified-impact': '成果都有数字',
    baseline: '改进都和基线做了对比',
    'vanity-metric': '模型指标和业务结果挂上了钩',
    'comp-range': '薪酬期望是分档的区间，不是一个数字',
    'owns-tradeoffs': '取舍是你自己做的，也说清楚了',
    'vague-language': '用词具体，没有空话',
    'length-budget': '篇幅控制在了限度之内',
  },
  payCaveat: (guides) => {
    const rest = '在 Compensation（薪酬）页填上招聘方给你的区间，就能检查这些数字了。';
    if (guides.length === 0) return `你的薪酬数字还没有和任何区间对比过：这个文件夹没有公司指南，你也还没填自己的区间。${rest}`;
    return `你的薪酬数字还没有和任何区间对比过：${guides.join('、')}没有公布这家公司的薪酬数字。${rest}`;
  },
  note: '注意：',
  rehearsal: {
    duration: durationZh,
    noText: '这份文档还没有内容。先写好，再来这里练习。',
    beforeStart: '开始之前',
    estimate: (time, pace, budget, over) => [
      { text: `按${pace}计算，大约需要 ` },
      { text: time, strong: true },
      ...(budget === null
        ? [{ text: '。' }]
        : [{ text: '，时间预算是 ' }, { text: budget, strong: true }, over ? { text: '。超出了预算，练习前先删减一些吧。', over: true } : { text: '。' }]),
    ],
    toneNote: '接近预算时计时器会变成琥珀色，超出后变成红色。',
    lastRun: '上一次：',
    tooShort: (needed) => `，比完整讲一遍所需的时间（约 ${needed}）短很多。不到三分之一的练习不计入准备度；准备好了就完整练一遍吧。`,
    overBudget: (over) => `，超出预算 ${over}。`,
    withinBudget: '，在预算之内。',
    sectionBudget: (time) => ` · 预算 ${time}`,
    pastRehearsals: '练习记录',
    noneYet: '还没有练习记录。点 Start，大声读一遍，再点 Stop。',
    logTooShort: ' · 太短，不计入',
    logOver: (over) => ` · 超出 ${over}`,
    logWithin: ' · 在预算之内',
    notLogged: (reason) => `这次练习没有记录下来：${reason}`,
  },
};

const WORDS: Record<FindingsLanguage, FindingsWords> = { en: EN, zh: ZH };

/** The words around findings in `lang` (English for anything else). */
export function findingsWords(lang: FindingsLanguage | undefined): FindingsWords {
  return lang === 'zh' ? ZH : WORDS.en;
}
