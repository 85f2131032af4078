// The names candidates see for a question's source: the guide names of companies/sourceLabels,
// plus the two sources only questions have (no guide, or the candidate's own question).
import { sourceName as guideName } from '../companies/sourceLabels';

/** "wf-zh" -> "Wells Fargo guide (Chinese)"; "general" and "yours" get their own wording. */
export function sourceName(label: string): string {
  if (label === 'general') return 'General PM question (no guide)';
  if (label === 'yours') return 'Your own question';
  return guideName(label);
}
