// A staged rollout plan read as a claim rather than by its vocabulary: a first, partial audience
// (a share, a count of users, employees, one branch, a beta or pilot, "Phase 1") followed by a
// widening step (then, next, once…, Phase 2, 第二个月, 最后) to everyone (all, every, 100%,
// nationwide, the default, 全部, 全量). Pure: no node: imports, no DOM.

const EN_PARTIAL =
  /\b(?:phase (?:1|one|i)|stage (?:1|one)|first|pilot|beta|canary|\d{1,3}(?:\.\d+)?\s?%|\d[\d,]*(?:\.\d+)?\s?(?:k|million|m)?\s(?:[\w-]+\s){0,3}?(?:users|customers|members|merchants|cardholders|accounts|applicants|transactions|branches|stores)|employees|staff|existing customers|opt[- ]in|most active|one (?:region|branch|market|state|country)|(?:a|one) (?:single )?branch)(?![A-Za-z0-9])/i;
const EN_WIDEN = /\b(?:then|next|later|followed by|once|after|phase (?:2|two|ii)|stage (?:2|two)|in the next|by (?:week|month|day|quarter)|widen\w*|expand\w*|scale\w*|ramp\w*|extend\w*|open\w* (?:it )?to|(?:day|week|month|quarter|phase|stage|sprint) (?:\d+|two|three|four|five|six|eight|ten|twelve))\b/i;
const EN_ALL =
  /\b(?:everyone|everybody|every (?:[\w-]+ ){0,2}(?:customer|member|user|account|merchant|cardholder|applicant|branch|transaction)s?|all (?:[\w-]+ ){0,2}(?:customers|members|users|accounts|merchants|cardholders|applicants|branches|transactions|regions)|all of them|100\s?%|nationwide|(?:the )?default|the rest|general availability|\bGA\b|new-to-bank|full (?:rollout|launch|base|portfolio)|the whole|the entire|the wider audience|the audience)(?![A-Za-z0-9])/i;
const EN_EXPOSE = /\b(?:launch|releas|roll|ship|beta|pilot|canary|turn|switch|open|expand|widen|scale|serv|go live|went live|goes to|go to|default|deploy|ramp|enable|available)\w*|\b(?:day|week|month) \d+\s?:/i;

const ZH_STAGED =
  /(?:先|第一|一期|第\s?\d+\s?(?:天|周|个?月)|(?:一|1)\s?个?\s?(?:月|周|sprint)|阶段|灰度|canary|试点|pilot|beta|\d+\s?%|\d+\s?个\s?branch|一家分行|员工|前两个\s?sprint|两个\s?sprint)[^。]{0,80}?(?:再|然后|最后|接着|之后|后|二期|三期|第\s?\d+\s?(?:天|周|个?月)|第[二三四]个?\s?(?:月|周|sprint|阶段)|phase ?2)[^。]{0,60}?(?:全部|全量|所有|全国|nationwide|100\s?%|推广到|覆盖|全体|每个)/i;
const ZH_EXPOSE = /上线|发布|开放|推广|覆盖|打开|放量|scale|canary|灰度|放给|推出|试点/i;

/** Whether a text (a sentence, or a section's text) lays out a staged rollout to everyone. */
export function isStagedRollout(text: string): boolean {
  if (/[\u4e00-\u9fff]/.test(text) && ZH_STAGED.test(text) && ZH_EXPOSE.test(text)) return true;
  const partial = EN_PARTIAL.exec(text);
  if (!partial || !EN_EXPOSE.test(text)) return false;
  const rest = text.slice(partial.index + partial[0].length);
  const widen = EN_WIDEN.exec(rest);
  if (!widen) return false;
  return EN_ALL.test(rest.slice(widen.index));
}
