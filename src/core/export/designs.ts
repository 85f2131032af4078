// The export designs shared by HTML/PDF and DOCX: one set of numbers, two renderers.
// Fonts are chosen for metric compatibility, so a line breaks at the same word in Chromium, Word
// and LibreOffice: Times New Roman <-> Liberation Serif / Tinos and Arial <-> Liberation Sans /
// Arimo have identical advance widths (Liberation fonts 2.x, SIL OFL; Debian fonts-liberation,
// which CI installs; Tinos/Arimo are the ChromeOS names of the same metrics). LibreOffice maps
// Times New Roman and Arial to the Liberation fonts by its replacement table (VCL.xcu).
// East Asian text gets a font per language (Noto CJK SC/TC/JP/KR from fonts-noto-cjk, then the
// platform fonts Word users have).
import type { DesignId, PageSize } from '../workspace/schemas';
import type { CjkLanguage } from './scriptRuns';

export interface CjkFont {
  /** CSS families for this language, tried before the Latin stack's generic family. */
  css: string;
  /** Word's East Asian font for this language. */
  docx: string;
}

export interface FontChoice {
  /** CSS font-family stack (Latin first, then CJK fallbacks). */
  css: string;
  /** The Latin part of the stack (metric-compatible families only, no generic). */
  latin: string;
  /** Generic CSS family ending every stack. */
  generic: 'serif' | 'sans-serif';
  /** Word font for Latin text. */
  docx: string;
  /** Word font for East Asian text when the language is Simplified Chinese (the default). */
  eastAsia: string;
  /** Fonts per East Asian language. */
  cjk: Record<CjkLanguage, CjkFont>;
}

export interface Design {
  id: DesignId;
  compact: boolean;
  body: FontChoice;
  heading: FontChoice;
  bodyPt: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  paragraphAfterPt: number;
  titlePt: number;
  h2Pt: number;
  h3Pt: number;
  /** Space before a section heading. */
  sectionBeforePt: number;
  textColor: string;
  headingColor: string;
  mutedColor: string;
  ruleColor: string;
  /** classic: bold label over a thin rule; modern: bold colored label. */
  sectionStyle: 'rule' | 'plain';
  marginsIn: { top: number; right: number; bottom: number; left: number };
  /** Rough words per full page, used only when the printer cannot measure. */
  wordsPerPage: number;
}

const serif: FontChoice = {
  css: "'Times New Roman', 'Liberation Serif', Tinos, 'Noto Serif CJK SC', 'Songti SC', SimSun, serif",
  latin: "'Times New Roman', 'Liberation Serif', Tinos",
  generic: 'serif',
  docx: 'Times New Roman',
  eastAsia: 'SimSun',
  cjk: {
    'zh-Hans': { css: "'Noto Serif CJK SC', 'Songti SC', SimSun", docx: 'SimSun' },
    'zh-Hant': { css: "'Noto Serif CJK TC', 'Songti TC', PMingLiU", docx: 'PMingLiU' },
    ja: { css: "'Noto Serif CJK JP', 'Hiragino Mincho ProN', 'Yu Mincho'", docx: 'Yu Mincho' },
    ko: { css: "'Noto Serif CJK KR', AppleMyungjo, Batang", docx: 'Batang' },
  },
};

const sans: FontChoice = {
  css: "Arial, 'Liberation Sans', Arimo, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  latin: "Arial, 'Liberation Sans', Arimo",
  generic: 'sans-serif',
  docx: 'Arial',
  eastAsia: 'Microsoft YaHei',
  cjk: {
    'zh-Hans': { css: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei'", docx: 'Microsoft YaHei' },
    'zh-Hant': { css: "'Noto Sans CJK TC', 'PingFang TC', 'Microsoft JhengHei'", docx: 'Microsoft JhengHei' },
    ja: { css: "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic'", docx: 'Yu Gothic' },
    ko: { css: "'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic'", docx: 'Malgun Gothic' },
  },
};

/** The CSS stack for a run in a given East Asian language: Latin fonts, that language's CJK fonts, generic. */
export function cjkCss(f: FontChoice, lang: CjkLanguage): string {
  return `${f.latin}, ${f.cjk[lang].css}, ${f.generic}`;
}

const classic: Design = {
  id: 'classic',
  compact: false,
  body: serif,
  heading: serif,
  bodyPt: 11,
  lineHeight: 1.35,
  paragraphAfterPt: 6,
  titlePt: 19,
  h2Pt: 11.5,
  h3Pt: 11,
  sectionBeforePt: 12,
  textColor: '#1a1a1a',
  headingColor: '#1f2a44',
  mutedColor: '#5a6070',
  ruleColor: '#9aa3b5',
  sectionStyle: 'rule',
  marginsIn: { top: 0.85, right: 0.9, bottom: 0.8, left: 0.9 },
  wordsPerPage: 560,
};

const modern: Design = {
  id: 'modern',
  compact: false,
  body: sans,
  heading: sans,
  bodyPt: 10.5,
  lineHeight: 1.4,
  paragraphAfterPt: 6,
  titlePt: 20,
  h2Pt: 12,
  h3Pt: 10.5,
  sectionBeforePt: 12,
  textColor: '#222222',
  headingColor: '#0f5c7a',
  mutedColor: '#5f6b73',
  ruleColor: '#c9d3d9',
  sectionStyle: 'plain',
  marginsIn: { top: 0.8, right: 0.8, bottom: 0.75, left: 0.8 },
  wordsPerPage: 600,
};

/** The compact variant: tighter spacing and margins, body text never below 10 pt. */
function compactOf(d: Design): Design {
  return {
    ...d,
    compact: true,
    bodyPt: Math.max(10, d.bodyPt - 1),
    lineHeight: Math.max(1.2, d.lineHeight - 0.15),
    paragraphAfterPt: 3,
    titlePt: d.titlePt - 3,
    h2Pt: Math.max(10.5, d.h2Pt - 1),
    h3Pt: Math.max(10, d.h3Pt - 0.5),
    sectionBeforePt: 7,
    marginsIn: { top: 0.6, right: 0.6, bottom: 0.55, left: 0.6 },
    wordsPerPage: Math.round(d.wordsPerPage * 1.3),
  };
}

export const DESIGNS: Record<DesignId, Design> = { classic, modern };

export function designFor(id: DesignId, compact = false): Design {
  const base = DESIGNS[id];
  return compact ? compactOf(base) : base;
}

/** Page size in inches. */
export function pageInches(size: PageSize): { width: number; height: number } {
  return size === 'a4' ? { width: 8.27, height: 11.69 } : { width: 8.5, height: 11 };
}
