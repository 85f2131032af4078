// A source label as candidates read it in a message: never a code. The guides' names come from
// the one list in companies/sourceLabels.ts ("wf-zh" -> "Wells Fargo guide (Chinese)"); the
// candidate's own band and a profile without a label read as below.
import { isSourceLabel, sourceName as guideName } from '../companies/sourceLabels';

const OTHER: Record<string, string> = {
  'your edits': 'your own band',
  profile: 'company profile',
};

export function sourceName(label: string): string {
  if (isSourceLabel(label)) return guideName(label);
  return OTHER[label] ?? guideName(label);
}
