// The names candidates see for source labels: guide names, never codes.
import type { QuestionSource } from './questionSchema';

const NAMES: Record<QuestionSource | 'yours', string> = {
  'wf-en': 'Wells Fargo guide (English)',
  'wf-zh': 'Wells Fargo guide (Chinese)',
  jpmorgan: 'JPMorgan guide',
  amex: 'American Express guide',
  fintech: 'Fintech guide',
  general: 'General PM question (no guide)',
  yours: 'Your own question',
};

/** "wf-zh" -> "Wells Fargo guide (Chinese)"; an unknown label is returned as it is. */
export function sourceName(label: string): string {
  return (NAMES as Record<string, string>)[label] ?? label;
}
