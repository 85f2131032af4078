// The export designs shared by HTML/PDF and DOCX: one set of numbers, two renderers.
import type { DesignId, PageSize } from '../workspace/schemas';

export interface FontChoice {
  /** CSS font-family stack (Latin first, then CJK fallbacks). */
  css: string;
  /** Word font for Latin text. */
  docx: string;
  /** Word font for East Asian text, so Chinese renders in Word. */
  eastAsia: string;
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
  css: "Georgia, 'Liberation Serif', 'Times New Roman', 'Noto Serif CJK SC', 'Songti SC', SimSun, serif",
  docx: 'Georgia',
  eastAsia: 'SimSun',
};

const sans: FontChoice = {
  css: "'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  docx: 'Arial',
  eastAsia: 'Microsoft YaHei',
};

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
