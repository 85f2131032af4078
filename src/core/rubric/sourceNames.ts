// A source label as candidates read it in a message: never a code. Labels are the profiles'
// source ids (old guide-A/B/C and the newer wf-en, wf-zh, jpmorgan, amex, fintech).
const NAMES: Record<string, string> = {
  'wf-en': 'Wells Fargo guide (English)',
  'wf-zh': 'Wells Fargo guide (Chinese)',
  jpmorgan: 'JPMorgan guide',
  amex: 'American Express guide',
  fintech: 'fintech guide',
  'guide-A': 'English-language guides',
  'guide-B': 'Chinese-language guide',
  'guide-C': 'fintech guide',
  'your edits': 'your own band',
  profile: 'company profile',
};

export function sourceName(label: string): string {
  return NAMES[label] ?? label;
}
