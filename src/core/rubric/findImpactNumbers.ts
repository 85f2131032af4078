// Finds the numbers that can carry an impact claim ("$3.2M", "12%", "45 ms", "降低 14%",
// "14个百分点", "3x", "1,200 analysts") and leaves out the ones that cannot: years ("in 2023"),
// versions ("v2.1", "Python 3"), regulation ids ("SR 11-7"), ordinals and model internals
// ("12 layers", "6-layer network").
import type { Span } from './prepareSection';

const NUMBER = /(?<![A-Za-z0-9_.\-\u2212])([$€£¥￥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const CN_PERCENT = /百分之[零〇一二三四五六七八九十百千\d]+/g;

const CURRENCY_BEFORE = /(?:[$€£¥￥]|\bUSD|\bEUR|\bGBP)\s?$/i;
const VERSION_BEFORE =
  /(?:\bv|\bver\.?|\bversion|\brelease|\brel\.|\b(?:Python|Java|Node(?:\.js)?|React|TensorFlow|PyTorch|Spark|Kafka|Scala|iOS|Android|Windows|macOS|Excel|GPT|Llama|BERT|Claude|Gemini|Angular|Vue|Rails|Django|Postgres(?:QL)?|MySQL|Oracle|Hadoop|CUDA|HTTP|TLS|Ruby|PHP|Swift|Kotlin|Go|Rust|Perl|Tableau|Snowflake|Airflow|Kubernetes|Docker|Elasticsearch|Redis))[\s-]?$/i;
const REGULATION_BEFORE =
  /\b(?:SR|OCC|Section|Sec\.|Article|Art\.|Rule|Regulation|Reg\.?|Part|Title|Bulletin|ISO|SOC|PCI(?: DSS)?|Basel|NIST|CFR|USC|U\.S\.C\.|Letter|Circular|Act of)\s?$|§\s?$/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![A-Za-z])/;
const VERSION_AFTER = /^\s?(?:release|version)(?![A-Za-z])/i;
const DATE_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$/;
const INTERNALS_AFTER =
  /^(?:\s|-)?(?:layers?|heads?|attention heads?|epochs?|params|parameters|trees|estimators|neurons|dimensions?|dims|hidden units|GPUs?|CPUs?|cores|shards|B\s?param\w*|billion param\w*|-?dimensional)(?![A-Za-z])|^\s?(?:层|个特征|棵树|个参数|维)/i;
const UNIT_AFTER = /^\s?(?:%|％|x(?![A-Za-z])|×|k(?![A-Za-z])|K(?![A-Za-z])|M(?![A-Za-z])|MM|bn|B(?![A-Za-z])|ms|bps|pp)/;
const PLURAL_NOUN_AFTER = /^\s+[a-z]+s(?![A-Za-z])/;
const YEAR = /^(?:19|20)\d\d$/;

function isImpactNumber(text: string, start: number, end: number, currency: boolean, whole: string, fraction: string): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 24);
  if (currency || CURRENCY_BEFORE.test(before)) return true;
  if (/^\.\d/.test(after)) return false; // 3.11.2: a version
  if (ORDINAL_AFTER.test(after)) return false;
  if (VERSION_AFTER.test(after) || DATE_BEFORE.test(before)) return false;
  if (VERSION_BEFORE.test(before)) return false;
  if (REGULATION_BEFORE.test(before)) return false;
  if (/^-\d/.test(after) && /\b[A-Z]{2,5}\s?$/.test(before)) return false; // "SR 11-7"
  if (INTERNALS_AFTER.test(after)) return false;
  if (fraction === '' && YEAR.test(whole)) {
    if (UNIT_AFTER.test(after) || PLURAL_NOUN_AFTER.test(after)) return true;
    return false;
  }
  return true;
}

/** Spans of every impact-bearing number in the text. */
export function findImpactNumbers(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isImpactNumber(text, start, end, m[1] !== undefined, m[2] ?? '', m[3] ?? '')) {
      out.push({ start, end, text: m[0] });
    }
  }
  for (const m of text.matchAll(CN_PERCENT)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function hasImpactNumber(text: string): boolean {
  if (!/\d|百分之/.test(text)) return false;
  return findImpactNumbers(text).length > 0;
}
