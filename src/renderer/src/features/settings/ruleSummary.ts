// What the Settings list says about a rule. A rule's message is a template for one finding
// ("“{match}” is vague…", "About {words} words against a budget of {budget}…"); shown in a list
// of rules its placeholders would read as broken text, so the list uses the rule's reason instead,
// and only a message without placeholders is shown as it is.

const PLACEHOLDER = /\{\w+\}/;

/** One line describing a rule in plain words: its message when it has no placeholders, else why it exists. */
export function ruleSummary(rule: { message: string; why?: string | null }): string {
  if (!PLACEHOLDER.test(rule.message)) return rule.message;
  const why = rule.why?.trim();
  if (why) return why;
  // No reason given: drop the quoted placeholders and the ones left in the sentence.
  return rule.message
    .replace(/[“"]\{\w+\}[”"]\s*/g, '')
    .replace(/\{\w+\}/g, '…')
    .replace(/^\s*(\S)/, (c) => c.toUpperCase())
    .trim();
}
