// Monitoring promised only for when something goes wrong: "We will add monitoring if there are
// issues", "we can set up drift alerts as needed", 出了问题再加监控, 等有异常再补监控. The control is
// not in place and waits for a problem: compliance-afterthought reports it as late monitoring,
// and governance-terms does not count it as governance mentioned. Monitoring that catches issues
// ("monitoring alerts us if there are issues"), set up so that problems are caught ("so that if
// drift appears we know within a day"), or a condition on something else ("we retrain if drift
// crosses 0.2") is not reactive. Pure: no node: imports.
import type { Range } from './negation';

const CONTROL_EN = String.raw`(?:(?:[\w-]+\s+){0,3}?(?:monitor(?:ing|s)?|alerts?|alarms?|dashboards?|drift (?:checks?|tracking)))\b`;
const SETUP_EN = String.raw`\b(?:add|adds|adding|set up|sets up|setting up|build|builds|building|introduce|introduces|turn on|switch on|put in place|implement|implements|start|starts|bring in|stand up|look into|consider|think about)\b`;
const PROBLEM_EN = String.raw`(?:there (?:are|is|were|was|be) (?:any |some )?(?:issues?|problems?|complaints?|incidents?|concerns?|errors?)|(?:something|anything|things) (?:goes|go|went|breaks?|broke) wrong|(?:any )?(?:issues?|problems?|complaints?|incidents?|errors?|concerns?) (?:appear|arise|come up|show up|surface|occur|happen|emerge|are (?:found|reported|raised))\w*|(?:we|they|customers|users|regulators) (?:see|notice|hit|find|report|raise) (?:any |some )?(?:issues?|problems?|complaints?)|(?:it|the model) (?:breaks|fails|misbehaves|starts? to drift)|(?:it(?:'s| is) )?(?:needed|necessary|required)|problems? (?:start|begin)|issues? (?:start|begin))`;
const IF_EN = String.raw`\b(?:if|when|once|in case|should|whenever|as soon as|only after|after)\b`;
/** Between the control and its condition: a purpose that makes the condition the control's job. */
const PURPOSE_BETWEEN = /\b(?:so(?: that)?|to (?:catch|detect|flag|alert|spot|warn|tell|know|see)|which|that (?:alerts?|pages?|fires?|flags?|warns?|tells?)|and (?:alerts?|pages?|flags?)|alerting|paging|flagging)\b/i;

const SETUP_THEN_IF = new RegExp(`${SETUP_EN}[^.;:]{0,40}?${CONTROL_EN}([^.;:]{0,40}?)${IF_EN}\\s+${PROBLEM_EN}|${SETUP_EN}[^.;:]{0,40}?${CONTROL_EN}[^.;:]{0,20}?\\b(?:as|if|when) (?:needed|necessary|required)\\b`, 'gi');
const IF_THEN_SETUP = new RegExp(`${IF_EN}\\s+${PROBLEM_EN}[^.;:]{0,30}?,?\\s*(?:(?:we|I|the team)\\s+)?(?:(?:will|'ll|would|could|can|might|may|then|only)\\s+)*${SETUP_EN}[^.;:]{0,30}?${CONTROL_EN}`, 'gi');
const ZH = [
  /(?:如果|要是|万一|一旦|等到?|若|假如|出了?|有了?|发现)[^。；]{0,10}(?:问题|异常|事故|投诉|故障|状况)[^。；]{0,6}(?:的话)?[，,]?\s*(?:我们)?(?:再|才|就)(?:去)?(?:加|补|上|搭|建|增加|引入|做|考虑|开始)[^。；]{0,8}(?:监控|监测|告警|报警|预警)/g,
  /(?:监控|监测|告警|报警|预警)[^。；]{0,8}(?:等|到|待)[^。；]{0,8}(?:问题|异常|事故|故障)[^。；]{0,6}(?:再|才)(?:说|加|上|补|做|考虑)/g,
  /(?:加|补|上|搭|建|增加|引入)[^。；]{0,6}(?:监控|监测|告警|报警)[^。；]{0,4}(?:视情况|看情况|按需|有需要时|需要时)/g,
];

/**
 * The spans (relative to `text`) where monitoring is promised only for when a problem appears.
 * Empty for most sentences. `negated`: the sentence's negation ranges ("we never wait for issues
 * to add monitoring" is not reactive).
 */
export function reactiveControlSpans(text: string, negated: readonly Range[] = []): Range[] {
  const out: Range[] = [];
  const keep = (start: number, end: number): void => {
    if (!negated.some(([a, b]) => start >= a && start < b)) out.push([start, end]);
  };
  if (/monitor|alert|alarm|dashboard|drift/i.test(text) && /\b(?:if|when|once|case|should|whenever|soon|after|as)\b/i.test(text)) {
    for (const re of [SETUP_THEN_IF, IF_THEN_SETUP]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        if (re === SETUP_THEN_IF && m[1] !== undefined && PURPOSE_BETWEEN.test(m[1])) continue;
        keep(m.index, m.index + m[0].length);
      }
    }
  }
  if (/[监告报预]/.test(text)) {
    for (const re of ZH) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) keep(m.index, m.index + m[0].length);
    }
  }
  return out;
}
