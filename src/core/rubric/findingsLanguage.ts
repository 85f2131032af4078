// The language a document's findings are written in (message, suggestion, why, rule label), chosen
// once per document here and used by every check: the CLI, the server and the editor's worker all
// run checkText, which calls findingsLanguage. By default findings follow the draft: a Chinese
// draft (headingLanguage.ts: more Han characters than Latin-letter words in its title and
// sections, the same rule that gives its exports Chinese headings) gets Chinese findings, every
// other draft English ones. The workspace setting `findingsLanguage` and `dossier check --lang`
// override it. Rule packs carry the Chinese text beside the English (messageZh, whyZh,
// suggestionZh and the Zh sibling of every text param; resources/rubrics/README.md).
import { headingLanguage, languageOfCounts, scriptCounts } from '../document/headingLanguage';
import type { ScriptCounts } from '../document/headingLanguage';
import type { FindingsLanguageSetting } from '../workspace/schemas';
import type { PreparedSection } from './prepareSection';

/** The languages findings are written in. */
export type FindingsLanguage = 'en' | 'zh';

/** The user's choice (workspace settings, `--lang`): follow the draft (default), or always English, or always Chinese. */
export type { FindingsLanguageSetting };

/**
 * The language of one document's findings: `setting` when it is 'en' or 'zh', else the draft's
 * own language from its title and section texts (headingLanguage). Linear in the text's length.
 */
export function findingsLanguage(
  doc: { title?: unknown; sections: Record<string, unknown> },
  setting: FindingsLanguageSetting = 'draft',
): FindingsLanguage {
  if (setting !== 'draft') return setting;
  const texts: string[] = typeof doc.title === 'string' ? [doc.title] : [];
  for (const text of Object.values(doc.sections)) if (typeof text === 'string') texts.push(text);
  return headingLanguage(texts);
}

/** Each prepared section's script counts, kept with the section object (the editor reuses unchanged sections). */
const countsBySection = new WeakMap<PreparedSection, ScriptCounts>();

/**
 * findingsLanguage for a check that has prepared the document's sections: the same answer (the
 * section texts are the sections' raw texts), with each section's counts kept by its object, so
 * a live check while typing counts only the section that changed.
 */
export function findingsLanguageOfSections(title: unknown, sections: readonly PreparedSection[], setting: FindingsLanguageSetting = 'draft'): FindingsLanguage {
  if (setting !== 'draft') return setting;
  const parts: ScriptCounts[] = typeof title === 'string' ? [scriptCounts(title)] : [];
  for (const section of sections) {
    let counts = countsBySection.get(section);
    if (!counts) {
      counts = scriptCounts(section.raw);
      countsBySection.set(section, counts);
    }
    parts.push(counts);
  }
  return languageOfCounts(parts);
}

/** `zh` when findings are in Chinese and a Chinese text is given, else `en`. */
export function inLanguage(lang: FindingsLanguage, en: string, zh: string | undefined): string {
  return lang === 'zh' && zh ? zh : en;
}

/**
 * Whether a text reads as Chinese by the draft rule (more Han characters than Latin-letter words):
 * how the rule packs' Chinese texts are validated on load, placeholders such as {ask} included.
 */
export function readsAsChinese(text: string): boolean {
  return headingLanguage([text]) === 'zh';
}

/**
 * A kind's params with each text in `lang`: for 'zh', every key `xZh` holding a text replaces `x`
 * when `x` is a non-empty text or a record of texts (an empty English text stays off: a pack
 * turns a message off with ""). For 'en', `params` itself.
 */
export function withLanguage<T extends object>(params: T, lang: FindingsLanguage): T {
  if (lang !== 'zh') return params;
  const out: Record<string, unknown> = { ...(params as Record<string, unknown>) };
  for (const [key, zh] of Object.entries(params)) {
    if (!key.endsWith('Zh') || zh === undefined || zh === '') continue;
    const base = key.slice(0, -2);
    const en = out[base];
    if ((typeof en === 'string' && en !== '') || (en !== null && typeof en === 'object' && !Array.isArray(en))) out[base] = zh;
  }
  return out as T;
}
