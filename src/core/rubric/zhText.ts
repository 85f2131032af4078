// The schema of a rule pack's Chinese text (messageZh, whyZh, suggestionZh and the Zh sibling of
// every text param): a non-empty string that reads as Chinese by the draft rule, so an English
// sentence pasted into a Zh field is refused on load with the file and field.
import { z } from 'zod';
import { readsAsChinese } from './findingsLanguage';

export const zhText = z
  .string()
  .min(1, 'must not be empty')
  .refine(readsAsChinese, 'must be written in Chinese (more Han characters than English words)');
