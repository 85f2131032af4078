// One sentence (or list item) -> one typed claim record that every rule kind reads: its
// quantities with kind and role, time frame, baseline, who acts, negation, quoted or reported
// speech, and the governance actors it names with when they act. Pure (no node: imports, no DOM):
// the CLI, the server and the editor's worker share it. Results are cached by sentence text, so
// a live re-check only analyses the sentences that changed.
import { verdictOf } from './verdict';
import { isMoneyUnit, normalizeDigits, readNumbers } from './numbers';
import type { NumberToken } from './numbers';
import { inRanges, negatedRanges } from './negation';
import type { Range } from './negation';
import { controlsOf, governanceOf } from './governance';
import type { GovernanceMention } from './governance';
import { matchesOf } from '../../text/regexMatches';

export type QuantityKind =
  | 'money'
  | 'percent'
  | 'points'
  | 'count'
  | 'duration'
  | 'latency'
  | 'metric'
  | 'multiple'
  // Not impact: they say how big the setting was, not what changed.
  | 'year'
  | 'date'
  | 'version'
  | 'regulation'
  | 'ordinal'
  | 'headcount'
  | 'dataset-size'
  | 'model-size'
  | 'tenure'
  | 'activity';

const NOT_IMPACT: ReadonlySet<QuantityKind> = new Set<QuantityKind>([
  'year',
  'date',
  'version',
  'regulation',
  'ordinal',
  'headcount',
  'dataset-size',
  'model-size',
  'tenure',
  'activity',
]);

/** A figure's part in a change: the starting point, the result, or the size of the change. */
export type ChangeRole = 'before' | 'after' | 'change';
/** A money figure's part in a pay conversation. */
export type PayRole = 'base' | 'bonus' | 'sign-on' | 'equity' | 'total' | 'relocation' | 'stipend';
/** Whose figure it is: the candidate's ask, what they earn now, the market or band, an offer, or no pay at all (a result). */
export type PayStance = 'ask' | 'current' | 'band' | 'offer' | 'other';

export interface Quantity extends NumberToken {
  kind: QuantityKind;
  /** False for years, versions, regulation ids, head counts, data-set and model sizes. */
  impact: boolean;
  role: ChangeRole | null;
  pay: PayRole | null;
  stance: PayStance;
}

export type { GovernanceActor, GovernanceMention, GovernanceTiming } from './governance';

export interface Claim {
  /** Offsets into the section text. */
  start: number;
  end: number;
  text: string;
  lang: 'en' | 'zh' | 'mixed';
  quantities: Quantity[];
  /** At least one figure that can carry impact (not a year, version, head count…). */
  hasImpactNumber: boolean;
  /** "a year", "within two quarters", "每年"… or null. */
  timeFrame: string | null;
  /** From X to Y, vs. a holdout, compared with last year, a multiple, 同比… */
  baseline: boolean;
  /** Who acts: the writer (I), their team (we) or someone else; null when the sentence does not say. */
  actor: 'I' | 'we' | 'other' | null;
  /** Ranges (relative to text) governed by a negation. */
  negated: Range[];
  /** Ranges (relative to text) quoted, reported as someone else's view, or rejected by the writer. */
  reported: Range[];
  governance: GovernanceMention[];
  /** Controls (model monitoring) and when they were put in place (claims/governance.ts controlsOf). */
  controls: GovernanceMention[];
  /** A projection, estimate, goal or condition ("if the pilot holds", "worth about", 预计), not a result. */
  conditional: boolean;
  /** A hypothesis or expectation being tested ("I expected…; if…, I was wrong"), not a result. */
  hypothesis: boolean;
  /** A saving, avoided loss or freed time: the figure is itself the difference made. */
  saving: boolean;
  /** States where a figure stands now ("is now", "reached", "down to", 达到, 降到). */
  endState: boolean;
  /**
   * Ranges (relative to text) that state a change or improvement: a change verb or noun
   * ("reduced", "a 30% reduction", "went up", 降低, 提升) or a figure in the role of a change
   * ("down 22%", "30% fewer").
   */
  changes: Range[];
  /**
   * A decision given with its reason ("I chose a gradient-boosted model over a deep network
   * because…", 我选择了…因为…): the span (relative to text) from the choice verb to the reason,
   * holding the options chosen and rejected; null when the sentence is not such a decision.
   */
  choice: Range | null;
  /** Any decision the writer or their team states, with or without a reason (see `Decision`). */
  decision: Decision | null;
  /**
   * Ranges (relative to text) of named terms whose words are not a claim: method names
   * ("gradient-boosted", "dimensionality reduction", 梯度提升) and fair-lending or assessment
   * terms ("disparate impact", "impact assessment"). A change word or trigger inside one is part
   * of the name.
   */
  terms: Range[];
  /**
   * The sentence finds features acting as proxies for a protected attribute ("two features were
   * acting as proxies for race", 成了代理变量): a fair-lending finding, not model-internals talk.
   */
  proxyFinding: boolean;
  /**
   * The writer judging a result without measuring it ("the results were great", "it was a huge
   * success", 效果很好, 效果显著, 大家都很满意; claims/verdict.ts): the span relative to text, or null.
   */
  verdict: Range | null;
}

// ---------------------------------------------------------------------------------------------
// Quantities

const METRIC_WORD =
  /\b(?:accuracy|AUC|AUROC|ROC|F1|F-score|precision|recall|KS|Gini|PSI|log[- ]loss|RMSE|MAPE|BLEU|perplexity|hit rate|catch rate|detection rate)\b|准确率|召回率|精确率|精准率|AUC/i;
const LATENCY_WORD = /\b(?:latency|p9\d|p50|response|respond\w*|decision|decide|return\w*|under|within|real[- ]time|timeout)\b|延迟|时延|响应/i;
const VERSION_BEFORE =
  /(?:\bv|\bver\.?|\bversion|\brelease|\brel\.|\b(?:Python|Java|Node(?:\.js)?|React|TensorFlow|PyTorch|Spark|Kafka|Scala|iOS|Android|Windows|macOS|Excel|GPT|Llama|BERT|Claude|Gemini|Angular|Vue|Rails|Django|Postgres(?:QL)?|MySQL|Oracle|Hadoop|CUDA|HTTP|TLS|Ruby|PHP|Swift|Kotlin|Go|Rust|Perl|Tableau|Snowflake|Airflow|Kubernetes|Docker|Elasticsearch|Redis|Web|Basel|Phase|Stage|Tier|Level|Gen|XGBoost|LightGBM|CatBoost|scikit-learn|sklearn|Keras|JAX|SageMaker|Databricks|spaCy|Pandas|NumPy|H2O|SAS|Llama|Mistral))[\s-]?$/i;
const REGULATION_BEFORE =
  /(?:\b(?:SR|OCC|Section|Sec\.|Article|Art\.|Rule|Regulation|Reg\.?|Part|Title|Bulletin|ISO|SOC|PCI(?: DSS)?|NIST|CFR|USC|U\.S\.C\.|Letter|Circular|Act of)\s?|§\s?)$/i;
const DATE_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$|\b(?:in|since|by|during|until|of|from|early|late|mid-?)\s$|\bQ[1-4]\s$|\bFY\s?$/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![A-Za-z])/;
const INTERNALS_AFTER =
  /^(?:\s|-)?(?:(?:billion|million|B|M)[\s-]?)?(?:[\w-]+[\s-]){0,2}?(?:layers?|heads?|attention heads?|epochs?|params|parameters?|hyper-?parameters?|(?:hyper-?parameter |parameter )?(?:combinations|configurations|trials|sweeps)|trees|estimators|neurons|dimensions?|dims|hidden units|GPUs?|TPUs?|CPUs?|cores|shards|nodes|clusters|folds?|features|variables|inputs|weights|-?dimensional)(?![A-Za-z])|^\s?多?(?:个|棵|层|维|块|张|台|组|套)?(?:层|特征|树|参数|超参数|维|折|变量|GPU|显卡|卡)/i;
/** Product features shipped to customers, not a model's inputs ("three AI features"). */
const PRODUCT_FEATURES = /^\s?(?:[\w-]+\s)?(?:AI|product|new|customer[- ]facing|user[- ]facing|app|mobile|GenAI|self-service)\s(?:[\w-]+\s)?features\b|^\s?(?:AI|产品|新)功能/i;
const INTERNALS_BEFORE = /(?:\b(?:depth|max[_ ]depth|learning rate|dropout|batch size|window|context(?: length)?|embedding (?:size|dim\w*)|top-k|seeds?|rank|temperature|lags?|over the last|the last|the past|window of|sequence of|history of)\s(?:of\s|=\s?|is\s)?|(?:深度|学习率|层数|窗口|最近)(?:为|是|=)?\s*)$/i;
const HEADCOUNT_AFTER =
  /^(?:\s|-)?(?:person|people|member|strong|FTEs?|full-time|engineers?|data scientists?|scientists?|analysts?|developers?|designers?|PMs?|product managers?|direct reports|reports|headcount|contractors|squads?|teams)(?![A-Za-z])(?!\s+(?:hours?|days?|time|minutes))|^\s?(?:人的?团队|人团队|名(?:工程师|分析师|数据科学家|员工|成员)|人的小组)/i;
const HEADCOUNT_BEFORE = /\b(?:team of|managed|manage|managing|led|lead|leading|grew (?:the |my )?team to|hired|staff of)\s+(?:a team of\s+)?(?:about\s+|around\s+)?$|(?:团队|小组|部门|带领|管理)(?:共|有|规模|规模为)?\s*$/i;
const OUTCOME_BEFORE = /\b(?:saved|saves|freed|free|cut|reduced|redeployed|avoided|released|fewer|less|removed|dropped|retired|eliminated|fixed|resolved|closed)\b[^.]{0,12}$|(?:节省|减少|释放|删掉|删除|去掉|移除|修复|关闭|下线)[^。]{0,8}$/i;
/** People moved to other work ("moved 14 analysts to…", "reassigned 9 reviewers"): capacity freed, an outcome. */
const REDEPLOYED_BEFORE = /\b(?:moved|shifted|reassigned|reallocated|redirected|repurposed)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i;
const DATASET_AFTER =
  /^\s?(?:[\w-]+\s){0,2}?(?:transcripts?|records?|rows?|documents?|docs|images?|examples?|samples?|data ?points?|labels?|tokens?|features?|columns?|files?|logs?|emails?|conversations?|utterances?|training (?:examples|rows))(?![A-Za-z])|^\s?(?:条(?:记录|数据|样本|对话|文本|通话)|个样本|份文档|条)/i;
const DATASET_BEFORE = /\b(?:trained on|training (?:set|data) of|data ?set of|corpus of|labell?ed|ingested|on a sample of)\s+(?:about\s+|over\s+|some\s+)?$|(?:训练数据|训练集|样本|数据集|语料)(?:覆盖|包含|有|为|共|涵盖)?了?\s*(?:约|超过|近)?\s*$/i;
const COUNT_NOUN_AFTER = /^\s?(?:[a-z-]+\s)?(?:disputes|cases|transactions|applications|accounts|customers|users|calls|tickets|claims|loans|cards|merchants|alerts|reviews|hours|letters|members|clients|applicants|complaints|chargebacks|declines|approvals|sign-?ups|activations)\b/i;
const PAY_WORD =
  /\b(?:base|salary|bonus|sign-?on|signing|equity|RSUs?|stock|comp(?:ensation)?|package|pay|TC|OTE|relocation|offer|ask|band)\b|\b(?:in|of) (?:stock |share )?options\b|\boptions? grants?\b|底薪|薪|奖金|签字费|股票|股权|总包|年包|期权|搬迁|津贴/i;
/** A pay word right before a figure ("a base of ", "salary ask is ", 底薪期望): the figure is an amount of pay. */
const PAY_BEFORE =
  /(?<!\b(?:customer|user|client|member|subscriber|merchant|account|install|installed|cost|tax|data|code|asset|deposit|capital)\s)\b(?:base(?: salary| pay)?|salary|sign-?on(?: bonus)?|signing bonus|relocation|stipend|total (?:cash|comp(?:ensation)?|package))(?:\s(?:ask|target|number|figure|request))?\s(?:(?:of|is|at|around|about|roughly|near|to|be|would be)\s)*(?:\$\s?)?$|(?:底薪|年薪|月薪|基本工资|签字费|总现金)(?:要价|目标)?(?:是|为|在|约|大约|期望|希望|要求|定在|争取)*\s*$/i;
const MONEY_AFTER = /^\s?(?:USD|dollars|美元|a year|per year|annually|base|salary|sign-?on|bonus|in (?:base|salary|equity|sign-on|bonus)|总包|底薪)/i;

/** Years of experience ("five years of hands-on experience", 5年建模经验): tenure, not impact. */
const TENURE_AFTER = /^\+?\s?(?:(?:years?|yrs?)\+?\s(?:of\s)?(?:[\w-]+\s){0,3}?experience\b|(?:多)?年(?:的)?[^。，,；]{0,6}经验)/i;
/** How many things one took part in ("across four model launches", 参与过四次上线): activity, not impact. */
const ACTIVITY_AFTER = /^\s?(?:[\w-]+\s)?(?:launches|projects|initiatives|programs|programmes|roles|jobs|companies|products|models|releases|rollouts|features)\b|^\s?(?:次|个项目|款产品|条(?:产品|业务)线|个(?:产品|业务)线|个业务|个市场|个国家|个地区|个部门)/i;
const ACTIVITY_BEFORE = /(?:\b(?:across|over|through|on|in|shipped|launched|delivered|released|built|led|ran|owned)\s+|(?:覆盖|负责|管理|横跨)了?\s*|参与过?|经历过?|做过|主导过?)$/i;

function classify(t: NumberToken, text: string): QuantityKind {
  const before = text.slice(Math.max(0, t.start - 24), t.start);
  const after = text.slice(t.end, t.end + 30);
  if (isMoneyUnit(t.unit)) return 'money';
  if (TENURE_AFTER.test(text.slice(t.end - (t.unit === 'years' ? t.text.replace(/^[\d.,\s]+/, '').length : 0), t.end + 40))) return 'tenure';
  if (ACTIVITY_AFTER.test(after) && ACTIVITY_BEFORE.test(before)) return 'activity';
  const near = text.slice(Math.max(0, t.start - 28), Math.min(text.length, t.end + 24));
  switch (t.unit) {
    case 'percent':
      return METRIC_WORD.test(near) && !/\b(?:approval|default|delinquen|loss|churn|conversion|fraud|decline)\w*/i.test(near) ? 'metric' : 'percent';
    case 'points':
    case 'bps':
      return 'points';
    case 'ms':
      return 'latency';
    case 'seconds':
      return LATENCY_WORD.test(near) ? 'latency' : 'duration';
    case 'multiple':
      return 'multiple';
    case 'years':
      if (!t.hasFraction && /^(?:19|20)\d\d$/.test(t.whole)) return 'year';
      return 'duration';
    case 'minutes':
    case 'hours':
    case 'days':
    case 'weeks':
    case 'months':
    case 'quarters':
      return 'duration';
    default:
      break;
  }
  // A bare figure.
  if (REGULATION_BEFORE.test(before)) return 'regulation';
  if (/^-\d/.test(after) && /\b[A-Z]{2,5}\s?$/.test(before)) return 'regulation'; // "SR 11-7"
  if (/\b(?:[A-Z]{2,5}|Section|Rule|Part)\s?\d+-$/.test(before)) return 'regulation'; // the 7 of "SR 11-7"
  if (/^\.\d/.test(after)) return 'version'; // 3.11.2
  if (VERSION_BEFORE.test(before) || /^\s?(?:release|version)(?![A-Za-z])/i.test(after)) return 'version';
  if (ORDINAL_AFTER.test(after)) return 'ordinal';
  // "removed two features it flagged" is a change made, not the model's size.
  if ((INTERNALS_AFTER.test(after) || (!t.scaled && INTERNALS_BEFORE.test(before))) && !OUTCOME_BEFORE.test(before) && !PRODUCT_FEATURES.test(after)) return 'model-size';
  if (!t.hasFraction && !t.scaled && /^(?:19|20)\d\d$/.test(t.whole) && !COUNT_NOUN_AFTER.test(after)) return 'year';
  if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$/.test(before)) return 'date';
  if ((HEADCOUNT_AFTER.test(after) || HEADCOUNT_BEFORE.test(before)) && !OUTCOME_BEFORE.test(before) && !REDEPLOYED_BEFORE.test(before)) return 'headcount';
  if ((DATASET_AFTER.test(after) || DATASET_BEFORE.test(before)) && !OUTCOME_BEFORE.test(before) && !PRODUCT_FEATURES.test(after)) return 'dataset-size';
  if (METRIC_WORD.test(near) && (t.hasFraction || /\b(?:KS|Gini|PSI)\b/i.test(near)) && Math.abs(t.value) <= 100) return 'metric';
  // "185k" in a pay sentence is dollars; "250k disputes" is a count.
  if (t.scaled && !COUNT_NOUN_AFTER.test(after) && (PAY_WORD.test(text) || MONEY_AFTER.test(after))) return 'money';
  // "a base of 230,000", "my salary ask is 230000", 底薪230000: an amount written out in full
  // right after a pay word is money too (not "a user base of 120,000").
  if (!t.scaled && !t.hasFraction && t.value >= 10_000 && t.value < 10_000_000 && PAY_BEFORE.test(before) && !COUNT_NOUN_AFTER.test(after)) return 'money';
  if (DATE_BEFORE.test(before) && /^\d{1,2}$/.test(t.whole) && /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(before)) return 'date';
  return 'count';
}

/**
 * Counts written as words: "two features", "twelve branches", 两个特征, 十家分行. "one" and 一 are
 * left out (they mostly mean "a"); a Chinese numeral counts only before a measure word
 * (个, 项, 名…), so 十分 ("very") is not a number. Read as a bare figure, then classified like one.
 */
const WORD_COUNT =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\b(?![\s-](?:hundred|thousand|million|billion|thirds?|quarters?\b))|(?<!第|[一二两三四五六七八九十百千万])(?:[二两三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])(?=个|项|名|条|家|次|位|种|套|起|笔|类|支|款|道|处|份|周|天|个月|年)/gi;
const WORD_COUNT_VALUE: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
function wordCountValue(w: string): number {
  if (w.includes('十')) {
    const [tens, ones] = w.split('十');
    return (tens ? (WORD_COUNT_VALUE[tens] ?? 1) : 1) * 10 + (ones ? (WORD_COUNT_VALUE[ones] ?? 0) : 0);
  }
  return w.toLowerCase().split(/[\s-]/).reduce((n, part) => n + (WORD_COUNT_VALUE[part] ?? 0), 0);
}

/**
 * "one", 一 and "a single" where they are counts, not the article: after a limiter or a change
 * ("only one analyst", "down to one queue", "merged five queues into one", "a single reviewer",
 * 只用一个模型, 合并成一家供应商, 仅一名审核员).
 */
const ONE_COUNT =
  /\b(?:a single|one single)\b|(?<=\b(?:only|just|to|into|than|exactly|with|from)\s)one\b(?! of\b| another\b| by one\b|-off\b|-time\b)|\bone\b(?=\s(?:\w+\s)?(?:instead of|rather than|not|in place of)\s(?:two|three|four|five|six|seven|eight|nine|ten|\d))|(?<=只|仅|只有|仅有|只需|只需要|仅需|仅需要|只剩|只要|只用|仅用|唯一的?|减到|降到|降至|减少到|缩减到|缩减为|合并成|合并为|合并到|变成|变为|剩下)一(?=个|家|名|位|套|条|款|次|种|支|份|笔|项)/gi;

/**
 * A number word joined to a noun ("two-tower", "three-stage", "a two-week pilot") describes the
 * thing, it does not count an outcome: a duration before a time unit (also 三天, 两个月), a
 * descriptor otherwise;
 * null when it is a figure ("three-point drop", "two-fold").
 */
function compoundKind(after: string): QuantityKind | null {
  if (/^(?:天|周|个月|个季度|小时|分钟|个星期)/.test(after)) return 'duration';
  if (!/^-[a-z]/i.test(after)) return null;
  if (/^-(?:points?|pp|percent|fold|x)\b/i.test(after)) return null;
  if (/^-(?:days?|weeks?|months?|quarters?|years?|hours?|minutes?)\b/i.test(after)) return 'duration';
  if (/^-(?:person|people|member|strong)\b/i.test(after)) return 'headcount';
  return 'ordinal';
}

/** Figures written as words: "cut in half", "doubled", 缩短一半, 翻倍. */
/** "cut in half", 减半, 翻倍; not the halfway point of a piece of work (项目做到一半, 进行到一半). */
const WORD_QUANTITY = /\b(?:in half|halved|by half|doubled|tripled|quadrupled|by a third|by two-thirds)\b|(?<![做行走干写进发讲说看聊跑开]到|过了)一半|减半|翻了?一?倍|翻番/gi;

// Change roles.
const FROM_BEFORE = /(?:\bfrom|从|由)\s*(?:about|around|roughly|an? average of|a baseline of|约|大约)?\s*$/i;
const TO_BEFORE = /(?:\b(?:to|down to|up to|at|reaching|reached)|到|至|降至|降到|升至|提升到|提高到|达到)\s*(?:about|around|roughly|约)?\s*$/i;
const AGAINST_BEFORE = /(?:\b(?:against|vs\.?|versus|compared (?:with|to)|relative to|baseline of|down from|up from|from a baseline of)|相比|对比|基线)\s*(?:about|around|an? )?\s*$/i;
const ARROW_AFTER = /^\s*(?:→|->|=>)/;
const ARROW_BEFORE = /(?:→|->|=>)\s*$/;
const BY_BEFORE = /(?:\bby|\b(?:reduction|increase|decrease|drop|decline|gain|improvement|lift|uplift|rise|fall|cut|savings?|change|swing|jump)s? of|降低了?|提升了?|减少了?|增加了?|提高了?|下降了?|增长了?|节省了?)\s*(?:about|around|roughly|约)?\s*$/i;

/**
 * "down 22%", "up 3 points", 下降了; "30% fewer", "a 12% reduction", "18% lower", "a 9% net
 * decline". A preposition between the figure and the noun makes a share, not a change: "11% of
 * declines were false positives" counts declines.
 */
/** "up" after a verb it belongs to ("made up 40%", "took up 30% of analyst time") is not a direction. */
const PHRASAL_UP = String.raw`(?<!\b(?:made|make|makes|making|took|take|takes|taking|add(?:s|ed|ing)?|sum(?:s|med|ming)?|gave|give|gives|giving|given|set|sets|setting|pick(?:s|ed|ing)?|sign(?:s|ed|ing)?|show(?:s|ed|ing)?|turn(?:s|ed|ing)?|use[sd]?|using|eat(?:s|ing)?|ate|tie[sd]?|tying|free[sd]?|freeing|open(?:s|ed|ing)?|back(?:s|ed|ing)?|follow(?:s|ed|ing)?|stood|stand(?:s|ing)?|st(?:a|u)rt(?:s|ed|ing)?|spin(?:s|ning)?|spun) )`;
const CHANGE_BEFORE = new RegExp(
  String.raw`(?:\b(?:down|${PHRASAL_UP}up|lower|higher|fewer|more|less)(?: by)?|` +
    // Chinese in plain strings, not the raw template: the CLI bundle is ASCII, and the build can
    // escape a string but not a raw template.
    '下降了?|上升了?|减少了?|增加了?|缩短了?|降了|涨了|少了|多了' +
    String.raw`)\s*(?:about|around|roughly|nearly|almost|over|more than|` +
    '约|近' +
    String.raw`)?\s*$`,
  'i',
);
const CHANGE_AFTER =
  /^\s*(?:(?:lower|higher|fewer|more|less|faster|slower|cheaper|shorter|better|worse)\b|(?:(?!(?:of|in|on|for|among|at|to|from|with|across)\s)[a-z-]+\s)?(?:reduction|decrease|increase|improvement|drop|decline|fall|rise|gain|lift|uplift|cut|jump|swing)s?\b|的?(?:下降|降幅|增幅|提升|改善|降低|减少|增长))/i;

/**
 * The cost paid in a trade-off, right before the figure ("giving up about 30% of volume", "at the
 * cost of 2 points of recall", 牺牲了约 30% 的交易量): what the writer gave for something, not a
 * change they claim, so it needs no baseline.
 */
const TRADE_COST_BEFORE =
  /(?:\b(?:giv(?:e|es|ing|en)|gave) up|\bsacrific(?:e|es|ed|ing)|\bforg(?:o|oes|oing|one|went)|\btrad(?:e|es|ed|ing) (?:away|off)|\bat (?:the )?(?:cost|expense|price) of|牺牲了?|放弃了?|让出了?|以损失|代价是)\s*(?:about|around|roughly|nearly|almost|some|up to|an? |约|大约|近)?\s*$/i;

function changeRole(q: NumberToken, text: string, prev: Quantity | undefined): ChangeRole | null {
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  if (TRADE_COST_BEFORE.test(before)) return null;
  const after = text.slice(q.end, q.end + 8);
  if (FROM_BEFORE.test(before) || ARROW_AFTER.test(after) || AGAINST_BEFORE.test(before)) return 'before';
  if (ARROW_BEFORE.test(before)) return 'after';
  if (TO_BEFORE.test(before) && prev && prev.role === 'before') return 'after';
  if (q.signed || BY_BEFORE.test(before)) return 'change';
  if (TO_BEFORE.test(before)) return 'after';
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(text.slice(q.end, q.end + 24))) return 'change';
  return null;
}

// Pay roles: the component a money figure belongs to. One sentence often names several ("a 45%
// bonus and $150k a year in RSUs", 奖金目标20%和股票0.1%), so a figure is first read within its
// own conjunct (cut at and / plus / as well as / , ; 和 以及 、 加上 …): a word right after the
// figure wins ("a $40,000 sign-on", "$150k a year in RSUs", 15万美元的股票), otherwise the nearest
// one before it in the conjunct ("a bonus of 20%", 股票0.1%). Only when the conjunct names no
// component is the nearest word before the figure in the sentence taken, not past another figure.
const PAY_TERMS: [PayRole, RegExp][] = [
  ['sign-on', /\bsign(?:ing)?[- ]?on(?: bonus)?|\bsigning bonus|签字费|签约奖金/gi],
  ['relocation', /\breloc\w*|搬迁/gi],
  ['stipend', /\bstipends?\b|津贴/gi],
  ['equity', /\b(?:equity|RSUs?|restricted stock|stock(?: grant| options)?|options|shares|grant)\b|股票|期权|股权/gi],
  ['total', /\b(?:total(?: (?:comp(?:ensation)?|cash|pay|package|rewards))?|TC|OTE|all[- ]in|package|total cash)\b|总包|总薪酬|年包|总现金/gi],
  // Not the "bonus" of "sign-on bonus" / 签约奖金: that is the sign-on.
  ['bonus', /(?<!\bsign(?:ing)?[- ]?on |\bsigning )\b(?:bonus(?:es)?|incentive|variable pay)\b|(?<!签约|签字)奖金|年终奖/gi],
  // 年薪 ("yearly salary") and 月薪 ("monthly salary") are read as base, as "salary" is.
  ['base', /\b(?:base(?: salary| pay)?|salary|fixed pay)\b|底薪|基本工资|基本薪资|基薪|固定薪资|年薪|月薪|月工资|(?<![A-Za-z])base(?![A-Za-z])/gi],
];

/**
 * Words that join two pay items in one sentence. A comma between digits ("$150,000") is not one;
 * "and" inside a range ("between $300k and $340k") is part of the figure's own token.
 */
const COORDINATOR = /\s(?:and|plus|as well as|along with|together with)\s|,(?!\d{3})|[;；，、]|以及|和|加上|另加|外加|另外|再加/gi;

/** [from, to) of the conjunct holding [start, end) in text. */
function conjunctOf(text: string, start: number, end: number): [number, number] {
  let from = 0;
  COORDINATOR.lastIndex = 0;
  for (const m of matchesOf(COORDINATOR, text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) return [from, m.index];
  }
  return [from, text.length];
}

/** The component named right after a figure ("a 45% bonus", "$150k a year in RSUs", "20% of base" is not base). */
function payRoleAfter(q: NumberToken, after: string): PayRole | null {
  const immediate = /^\s*(?:(?:a|per|each|every) year\s+|annually\s+|yearly\s+|per annum\s+|每年)?(?:(?:in|of|as|for)\s+)?(?:(?:annual|yearly|target|cash|guaranteed|one-time)\s+)?([^\s,.;，。；、]+(?:\s[^\s,.;，。；、]+)?)/.exec(after);
  if (!immediate) return null;
  const words = immediate[0];
  for (const [role, re] of PAY_TERMS) {
    re.lastIndex = 0;
    const m = re.exec(words);
    // "20% of base" is a bonus stated as a share of base, not the base itself.
    if (role === 'base' && q.unit === 'percent') continue;
    if (m && m.index <= words.length - m[0].length && words.slice(0, m.index).trim().split(/\s+/).length <= 4) return role;
  }
  return null;
}

/** The component whose term starts last in scope (the one nearest the figure that follows it), or null. */
function lastPayTerm(scope: string): PayRole | null {
  let best: { role: PayRole; at: number } | null = null;
  for (const [role, re] of PAY_TERMS) {
    re.lastIndex = 0;
    for (const m of matchesOf(re, scope)) if (!best || m.index > best.at) best = { role, at: m.index };
  }
  return best?.role ?? null;
}

const STANCE_TERMS: [PayStance, RegExp][] = [
  [
    'current',
    /\b(?:current(?:ly)?|today I|I (?:now )?(?:make|earn|am paid|take home)|my (?:present|existing)|I'm on|I am on|last year(?:'s)?|I (?:received|was paid|earned|got paid)|my (?:last|previous|prior) (?:bonus|base|salary|package|pay))\b|目前|现在(?:的)?(?:薪|底|年)|去年(?:的)?(?:奖金|底薪|薪|总包|年终奖)/i,
  ],
  [
    'band',
    /\b(?:band|bands|market (?:data|rate|range|median)|peers? (?:pay|banks?)|benchmark\w*|levels\.fyi|pays?|paying|typical(?:ly)?|median|the range for|published|posted|range is|ranges? from)\b|市场|区间为|通常/i,
  ],
  ['offer', /\b(?:offer(?:ed|s)?|they (?:came back|proposed)|recruiter (?:said|quoted|proposed))\b|报价|给出了/i],
];
const CURRENT_CUE = STANCE_TERMS[0]?.[1] ?? /(?!)/;
const ASK_WORD = /\b(?:ask(?:ing)?|request(?:ing)?|looking (?:for|at)|seek(?:ing)?|target(?:ing)?|propos\w*|expect\w*|would like|would (?:take|accept|settle for)|want|need|hoping|aim(?:ing)? for|counter)\b|期望|希望|要求|争取|目标/i;

/** A figure followed by the parts it sums ("$300k a year in base, bonus and stock", 包括底薪、奖金和股票): a total. */
const PARTS_AFTER =
  /^\s*(?:(?:a|per|each|every) year\s+|annually\s+)?(?:in|of|across|including|covering|for)\s+(?:(?:base(?: salary)?|salary|cash|bonus|equity|stock|RSUs|sign-on)(?:,\s*|\s+(?:and|plus|&)\s+|,\s*and\s+))+(?:base(?: salary)?|salary|cash|bonus|equity|stock|RSUs|sign-on)\b|^\s*(?:每年)?[，,]?\s*(?:包括|含|包含)(?:底薪|奖金|股票|签字费)(?:[、和及与])(?:底薪|奖金|股票|签字费)/i;

/** A relative clause after a figure that places the writer's own figure against a band ("…, which matches the top of the band"). */
const OWN_FIGURE_PLACED =
  /^[^.;。；]{0,12}?,\s*(?:which|that)\s+(?:(?:is|sits|falls|lands|stays|fits)\s+(?:within|inside|in|at|near|on)\b|(?:matches|fits|sits|falls|lands|stays)\b)|^[^.;。；]{0,12}?[，,]\s*(?:这|正好|恰好)?(?:符合|处于|落在|位于|在)/i;

/**
 * Base and bonus named together right before a money figure ("base plus bonus of $230k", "salary
 * and bonus combined: $230k", 底薪加奖金一共25万美元): the figure is their sum, a total, not the
 * bonus. `before` runs from the previous figure (or the sentence start) to this one; a base word
 * right after the previous figure is that figure's ("$190k base plus bonus of $30k"), and a bonus
 * percent after the figure is the bonus's own ("base and bonus of $190k and 15%").
 */
const SUM_BEFORE = /\b(?:base(?: salary| pay)?|salary)\s*(?:\+|plus|and|&)\s*(?:cash |target |annual )?bonus(?:es)?\b(?:\s+combined)?[^.;\d$]{0,16}$|(?:底薪|基本工资|基本薪资|年薪)\s*(?:\+|加上?|和|与|及)\s*(?:年终)?奖金[^。；\d]{0,12}$/i;
const OWNED_BASE = /^\s*(?:base|salary|底薪|基本工资|年薪)/i;

function payRole(q: NumberToken, text: string): PayRole | null {
  if (PARTS_AFTER.test(text.slice(q.end, q.end + 80))) return 'total';
  // Not a sum when the bonus has a figure of its own after it ("my base and bonus ask is $190k and 15%").
  if (!/%/.test(q.text) && !/^[^.;。；]{0,30}?\d(?:\.\d+)?\s?%/.test(text.slice(q.end))) {
    const before = text.slice(0, q.start);
    const sinceFigure = before.slice(before.search(/\d[^\d]*$/) + 1);
    if (SUM_BEFORE.test(sinceFigure) && !(before.search(/\d[^\d]*$/) >= 0 && OWNED_BASE.test(sinceFigure.replace(/^[kKmM万千]?/, '')))) return 'total';
  }
  const [from, to] = conjunctOf(text, q.start, q.end);
  const inConjunct = payRoleAfter(q, text.slice(q.end, to)) ?? lastPayTerm(text.slice(from, q.start));
  if (inConjunct) return inConjunct;
  // The conjunct names none ("a bonus of 15%, or 20% if senior"): the nearest term before the
  // figure, not past another figure.
  const windowStart = Math.max(0, q.start - 60);
  const before = text.slice(windowStart, q.start);
  const lastNumber = before.search(/\d[^\d]*$/);
  const cut = lastNumber >= 0 && !/^\d[\d,.]*\s*(?:k|K|万|M)?\s*(?:to|–|-|and|到|至)\s*\$?$/.test(before.slice(lastNumber)) ? lastNumber : 0;
  return lastPayTerm(before.slice(cut));
}

/**
 * The words between two figures when the second is another option for the first one's pay item:
 * short, in one clause, with "or", "otherwise", "if" or a Chinese condition (或, 否则, 如果, 的话, 则).
 */
const ALTERNATIVE_GAP = /^(?=[^.;。；]{0,50}$)[^]*?(?:\b(?:or|otherwise|else|if|when|unless)\b|或|否则|如果|若|假如|要是|的话|则)/i;

/** A figure that is a result, not pay ("my last product saved $3.2M a year"). */
const RESULT_WORD = /\b(?:sav(?:ed|es|ing)|deliver(?:ed|s|ing)|generat(?:ed|es|ing)|cut|reduc(?:ed|es|ing)|drove|revenue|losses|portfolio|book|volume|worth|product)\b|节省|带来|收入|损失|规模|项目/i;

/** The clause of a sentence holding [start, end): cut at ; ； 。 on either side. */
export function clauseOf(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(';', start), text.lastIndexOf('；', start), text.lastIndexOf('。', start)) + 1;
  const rest = text.slice(end);
  const stop = rest.search(/[;；。]/);
  return text.slice(from, stop < 0 ? text.length : end + stop);
}

const RESULT_VERB_BEFORE = /\b(?:sav(?:ed|es|ing)|deliver(?:ed|s|ing)|generat(?:ed|es|ing)|cut|reduc(?:ed|es|ing)|drove|returned|recovered|avoided)\b[^.;,]{0,20}$|(?:节省|带来|创造|避免)了?[^。；，]{0,10}$/i;

const BAND_CUE = /\b(?:bands?|publish(?:es|ed)?|guides?|market (?:data|rate|range)|benchmarks?|peers? (?:pay|earn)|levels\.fyi|lists?|listed|listing|advertis(?:es|ed|ing)|sits?|sitting|targets of|comparable (?:roles?|positions?))\b|区间为|市场|指南|列出|挂出|同类(?:岗位|职位|角色)|同级别|同行|业内|行业水平/gi;
/** The writer saying the sentence's figures are market context, not their ask ("I use them as context, not as my ask"). */
const CONTEXT_NOT_ASK = /\b(?:as|for) (?:market )?(?:context|a reference point|reference only)\b|\bnot (?:as )?(?:my|an|the) ask\b|仅供参考|只作(?:为)?参考|作为参考|不是我的(?:要求|期望|报价)/i;
/**
 * What the candidate leaves behind by moving ("$60k of unvested stock", "an unvested bonus of
 * roughly $30,000 at my current employer that I would forfeit", 放弃约6万美元未归属的股票): their pay
 * now and the reason for a sign-on, not the ask (newcomer 9 §5).
 */
const FORFEITED_AFTER =
  /^\s*(?:(?:of|in)\s+)?(?:(?:my|the|current)\s+)?(?:unvested|forfeited|outstanding)\b|^\s*(?:[\w-]+\s+){0,2}?(?:that\s+)?(?:I(?:'d| would| will)? (?:leave|forfeit|lose|walk away from|give up))\b|^\s*(?:[\w-]+\s+){0,2}?(?:(?:at|with|from|in)\s+(?:[\w'-]+\s+){1,3}?)?(?:that|which)\s+I(?:'d| would| will)?\s+(?:have to\s+)?(?:leave|forfeit|lose|walk away from|give up)\b|^\s*(?:[\w-]+\s+){0,2}?(?:behind|on the table)\b|^\s*(?:的)?未归属/i;
const FORFEITED_BEFORE =
  /\b(?:leav(?:e|ing)|forfeit(?:ing)?|los(?:e|ing)|walk(?:ing)? away from|giv(?:e|ing) up)\s+(?:(?:a|an|the|my)\s+)?(?:(?:about|around|roughly|nearly|over|some)\s+)?$|\b(?:unvested|forfeited|unpaid)\s+(?:(?:annual|year-end|cash|retention|stock|equity|RSUs?|bonus|grant|award|shares|options)\s+){0,3}(?:(?:of|worth|totall?ing|valued at)\s+)?(?:(?:about|around|roughly|nearly|over|some|approximately)\s+)?$|(?:放弃|损失|留下)(?:约|大约|将近)?\s*$|(?:未归属|拿不到|要放弃)的?(?:年终)?(?:奖金|股票|期权|RSU)?(?:约|大约|将近)?\s*$/i;
/** A money figure that is an outcome, named right after it ("the $5M+ impact above", "$3M in savings", 500万美元的收益). */
const RESULT_AFTER = /^\+?\s*(?:(?:in|of|a year in|per year in)\s+)?(?:(?:annual|yearly|incremental|measured|model-driven|multi-year)\s+)?(?:impact|revenue|savings?|losses?|fraud(?: losses)?|ARR|GMV|value|profit|upside)\b|^\+?\s*(?:的)?(?:影响|收益|收入|损失|营收|价值|利润)/i;

/** Offset of the last match of a global regex in text, or -1. */
function lastMatch(re: RegExp, text: string): number {
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  let at = -1;
  g.lastIndex = 0;
  for (const m of matchesOf(g, text)) at = m.index;
  return at;
}

function payStance(q: NumberToken, text: string): PayStance {
  const clause = clauseOf(text, q.start, q.end);
  if (RESULT_WORD.test(clause) && !PAY_WORD.test(clause)) return 'other';
  if (RESULT_VERB_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))) return 'other';
  if (RESULT_AFTER.test(text.slice(q.end, q.end + 40))) return 'other';
  if (FORFEITED_AFTER.test(text.slice(q.end, q.end + 60)) || FORFEITED_BEFORE.test(text.slice(Math.max(0, q.start - 50), q.start))) return 'current';
  if (CONTEXT_NOT_ASK.test(text)) return 'band';
  // The cue nearest before the figure wins: in "I am looking for $180k–$195k base, inside both
  // bands the guides publish ($150k–$210k and $135k–$195k)" the first range is the ask, the
  // others are the bands.
  const clauseStart = Math.max(text.lastIndexOf(';', q.start), text.lastIndexOf('；', q.start), text.lastIndexOf('。', q.start)) + 1;
  const lead = text.slice(Math.max(clauseStart, q.start - 60), q.start);
  const lastAsk = lastMatch(ASK_WORD, lead);
  const lastBand = lastMatch(BAND_CUE, lead);
  if (lastBand > lastAsk) return 'band';
  // "My current base is $250k, and I am asking for $190k–$200k" / 我目前的底薪是25万美元，希望…: the
  // first figure is what the writer earns now, though the sentence also asks.
  const lastCurrent = lastMatch(CURRENT_CUE, lead);
  if (lastCurrent > lastAsk && lastCurrent > lastBand) return 'current';
  if (ASK_WORD.test(clause) && !/\b(?:they|the recruiter|the bank)\b[^.]{0,20}\boffer/i.test(clause)) return 'ask';
  // "$195k to $210k, which matches the senior end of the published band": the writer placing
  // their own figure in the band, not quoting the band.
  const relative = OWN_FIGURE_PLACED.exec(text.slice(q.end));
  const judged = relative ? clause.slice(0, Math.max(0, q.end - clauseStart + relative.index)) : clause;
  for (const [stance, re] of STANCE_TERMS) if (re.test(judged)) return stance;
  return 'ask';
}

// ---------------------------------------------------------------------------------------------
// Sentence-level signals

const TIME_FRAME =
  /\b(?:a|per|each|every) (?:year|quarter|month|week|day)\b|\bannual(?:ly|i[sz]ed)?\b|\byearly\b|\bmonthly\b|\bquarterly\b|\bwithin (?:the first )?(?:\w+ ){0,2}(?:days?|weeks?|months?|quarters?|years?)\b|\b(?:in|over|after) (?:the (?:first|last|next) )?(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen) (?:days?|weeks?|months?|quarters?|years?)\b|\bin (?:Q[1-4]|H[12]|FY\s?\d{2,4}|(?:19|20)\d\d)\b|\b(?:year|quarter|month)[- ]over[- ](?:year|quarter|month)\b|\bYoY\b|\bQoQ\b|每年|每月|每季度|每周|年化|\d+\s?(?:个月|个季度|年|周|天)(?:内|里)|[一两三四五六]个(?:月|季度)(?:内|里)?|一年(?:内|里)?/i;

const BASELINE_TERMS =
  /\bfrom\b.{0,60}?\b(?:to|down to|up to)\b|\bvs\.?(?![A-Za-z])|\bversus\b|\bcompared (?:with|to)\b|\brelative to\b|\bbaseline\b|\bcounterfactual\b|\bcontrol(?: group| cell| arm)?\b|\bhold-?outs?\b|\b(?:prior|previous|last|the old|the legacy|the manual|the batch|the existing|the incumbent|the champion|earlier|pre-launch|pre-pilot|pre-period) (?:[\w-]+ ){0,2}?(?:year|quarter|month|period|rate|process|model|system|release|rules?|approach|vendor|scorecard|engine|workflow|version|level|cohort|policy|setup|flow)s?\b|\b(?:a|one|the) (?:year|quarter|month) (?:earlier|ago|before)\b|\blast (?:year|quarter|month)\b|\bsame (?:quarter|month|period|week|season) (?:a year earlier|last year|the year before)\b|\b(?:than|below|above|over) (?:the |a |our |its )?(?:old|legacy|prior|previous|existing|incumbent|champion|manual|control|holdout|baseline|rules[- ]based|pre-launch|pre-pilot|untreated)\b|\bmatched (?:control|cohort|group)\b|\b(?:instead of|rather than) (?:about |around |roughly |the )?[$\d]|\b(?:treatment|test) (?:group|cell|arm)\b|\bpre-(?:launch|pilot|period) (?:level|rate|baseline|figure)s?\b|\byear[- ]over[- ]year\b|\bYoY\b|\bquarter[- ]over[- ]quarter\b|\bQoQ\b|\bbefore\b|\bdown from\b|\bup from\b|\bagainst\b|→|->|\bA\/B\b|\bchallenger\b|从[^。；]{0,40}?(?:到|至|降到|降至|提升到|提高到)|相比|相较|对比|基线|同比|环比|之前|对照组|比(?:去年|上年|上季度|上个?月|上线前|旧|原来|原先|之前|以前|对照|人工|规则)|较(?:去年|上年|上季度|上月|之前|旧|原)|此前|原来的|原先的|以前的|与[^。；]{1,20}(?:相比|比较)|由[^。；]{0,30}?(?:降至|降到|升至|提升到|提高到|减少到|缩短到|变为)|\b(?:grows?|growing|rising|falling|declining|compounding)\b[^.;]{0,30}\b(?:a|per|each|every) (?:year|quarter|month)\b|(?:每年|每季度|每月|年均|年化)约?(?:增长|下降|上升|减少)/i;

const FIRST_PERSON_I = /(?:^|[^A-Za-z])(?:I|I'(?:d|ve|m|ll))(?![A-Za-z])|我(?!们)/;
const FIRST_PERSON_WE = /\b(?:we|our team|my team|us)\b|我们|我的团队/i;
const OTHER_SUBJECT =
  /^\s*(?:the |my |our |a )?(?:team|manager|director|boss|they|he|she|leadership|management|company|bank|business|compliance|legal|model risk|MRM|sponsor|committee|colleagues?|engineers?|data scien\w+|executives?|SVP|VP|CRO|CEO|board)\b|^(?:他们|他|她|团队|领导|经理|管理层|公司)/i;
const RESUME_VERB = /^\s*(?:Led|Cut|Built|Shipped|Drove|Owned|Launched|Reduced|Raised|Designed|Chose|Decided|Negotiated|Ran|Delivered|Grew|Saved|Stopped|Paused|Wrote|Proposed|Recommended|Managed|Created|Defined|Set|Moved|Replaced|Rebuilt|Took)\b/;

function actorOf(text: string): Claim['actor'] {
  const i = text.search(FIRST_PERSON_I);
  const w = text.search(FIRST_PERSON_WE);
  if (RESUME_VERB.test(text)) return 'I';
  if (i >= 0 && (w < 0 || i < w)) return 'I';
  if (w >= 0) return 'we';
  if (OTHER_SUBJECT.test(text)) return 'other';
  return null;
}

const QUOTES = /“[^”]{1,200}”|"[^"\n]{1,200}"|‘[^’]{2,200}’(?![a-z])|「[^」]{1,200}」|『[^』]{1,200}』|(?<![A-Za-z])'[^'\n]{3,120}'(?![A-Za-z])/g;
/** Someone else's view, or a view the writer sets up to reject; the clause after it is reported. */
const REPORTING =
  /\b(?:(?:some|many|most|other|a few|several|startup|tech|my (?:old |former |previous )?)\s?(?:people|colleagues|engineers|teams|PMs|managers|founders|companies|peers|stakeholders|team|manager|boss|leaders)|colleagues|critics|skeptics|sceptics|people|engineers|others|startups|tech companies|Silicon Valley|the business|sales|the old team|a peer|my peers|they|he|she|some)\s(?:would\s|often\s|sometimes\s|still\s|used to\s|like to\s|love to\s)?(?:call(?:ed|s)?|say|said|says|think|thought|thinks|believe[ds]?|argue[ds]?|claim(?:ed|s)?|describe[ds]?|complain(?:ed|s)?|insist(?:ed|s)?|saw|see|view(?:ed|s)?|dismiss(?:ed|es)?|wanted|want(?:s)?|push(?:ed)?(?: for)?|urged|told me|asked me to|treat(?:s|ed)?|regard(?:s|ed)?|frame[sd]?)\b|\bthe (?:old |tech |startup |Silicon Valley |usual |classic |familiar |common )?(?:mantra|motto|slogan|saying|mindset|culture|playbook|instinct|idea|notion|view|belief|reflex|temptation|line|refrain|habit|ethos|attitude|complaint|argument)\b|\bI (?:used to|once) (?:think|believe|say|see)\b|\bis often (?:called|seen as|described as|dismissed as)\b|\bso-called\b|\bsome would say\b|\bthe temptation (?:to|is)\b|\bI (?:was )?told\b|\bwas told\b|\bthe pressure to\b|有人(?:说|认为|觉得)|很多人(?:说|认为|觉得)|同事(?:们)?(?:说|认为|觉得|抱怨)|所谓(?:的)?|常说|口号|有些人/gi;
/**
 * What REPORTING cannot match without (a necessary condition, tested first so that a text with
 * none of these words neither runs nor compiles it): a reporting verb after a space, a word such
 * as "mantra" or "pressure", or a Chinese reporting phrase (checked over the gold corpus by stanceNeeds.test.ts).
 */
const REPORTING_HINT =
  /\s(?:call|say|said|think|thought|believ|argu|claim|describ|complain|insist|saw|see|view|dismiss|want|push|urged|told|asked me to|treat|regard|fram)|\b(?:mantra|motto|slogan|saying|mindset|culture|playbook|instinct|idea|notion|view|belief|reflex|temptation|line|refrain|habit|ethos|attitude|complaint|argument|often|so-called|pressure)|有人|很多人|同事|所谓|常说|口号|有些人/i;
/** The writer rejecting what follows; not 拒绝原因 / 拒绝率 (a decline's reasons, the decline rate). */
const REJECTING =
  /\b(?:reject(?:ed|s|ing)?|refus(?:ed|e|ing) to|resist(?:ed|ing)?|push(?:ed)? back on|instead of|rather than|(?<=\brather\b[^.;]{0,60})than|not(?! until| till)|never|n't(?! until)|unlike|without|avoid(?:ed|ing)?|away from|replaced|retired|ended|no longer|stopped|instead|don't believe|wouldn't|would not|won't|will not)\b|而不是|而非|不是|并非|拒绝(?!原因|理由|率|通知|码|的原因|的理由)|避免|反对|不会|从不|不再/gi;
const CLAUSE_END = /[;；。.!?！？：]|,\s*(?:but|yet|however|and I|while I)\b|，\s*(?:但|可|而我|我)|\bbut\b|\bhowever\b|\binstead,/i;

function clauseEndFrom(text: string, from: number): number {
  const rest = text.slice(from);
  const m = CLAUSE_END.exec(rest);
  return m ? from + m.index : text.length;
}

function reportedRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const m of matchesOf(QUOTES, text)) out.push([m.index, m.index + m[0].length]);
  for (const re of [REPORTING, REJECTING]) {
    if (re === REPORTING && !REPORTING_HINT.test(text)) continue;
    re.lastIndex = 0;
    for (const m of matchesOf(re, text)) {
      const start = m.index;
      let end = clauseEndFrom(text, start + m[0].length);
      // "rather than customers, and they hold back products": a contrast covers its phrase only.
      if (/^(?:rather than|instead of|unlike|而不是|而非)$/i.test(m[0])) {
        const comma = text.slice(start, end).search(/[,，]/);
        if (comma > 0) end = start + comma;
      }
      out.push([start, end]);
    }
  }
  return out;
}

const CONDITIONAL =
  /\b(?:if|would|could|might|assuming|assumes?|estimated?|estimates|projected|projection|forecasts?|expected to|expect(?:ed)? (?:it |this |that |the \w+ )?to|(?:is|are|be) worth|potential(?:ly)?|target(?:ing|s|ed)?|aim(?:ing|s)? (?:to|for)|goal is|wants?|wanted|would like|hop(?:es?|ing) (?:to|for)|plan(?:ning|s)? to|each (?:extra )?point|every (?:extra )?point|per point)\b|^\s*(?:Cutting|Reducing|Raising|Lifting|Improving|Lowering|Adding|Moving|Applied to)\b|如果|假设|假如|预计|预期|估计|若|目标(?:是|为)|希望|计划|(?:可|能)(?:以)?(?:避免|节省|增加|减少|带来|提升)|按[^。]{0,10}(?:估算|计算)/i;
const HYPOTHESIS = /\b(?:I (?:expected|suspected|hypothesi[sz]ed|believed|thought|guessed|bet)|hypothesis|if [^.;]{0,80}\bI (?:was|would be) wrong|we expected|we suspected)\b|我(?:怀疑|猜测|预计|以为|认为可能)|假设是|如果[^。]{0,40}(?:我就错了|说明我错了)/i;
const SAVING = /\b(?:sav(?:ed|es|ing|ings)|freed|freeing|frees|avoid(?:ed|ing|s)?|prevent(?:ed|ing|s)?|recover(?:ed|ing|s)?|adding|added|adds|extra|additional|incremental|worth)\b|少损失|节省|避免|多出|挽回|额外|增加了?约?(?:\d|[一两三四五六七八九十])/i;
const END_STATE = /\b(?:today|these days|currently|(?:is|are|was|were|stands?) now|now (?:at|runs?|sits?|is|are|stands|recovers|answers|resolves|catches|takes)|reach(?:ed|es)|(?:is|are) (?:down|up) to|down to|up to|(?:improved|rose|fell|dropped|grew|increased|decreased|climbed) to|now)\b|\bsince (?:the|our|we|it|launch|go-live|rollout)\b|达到了?|降到|降至|升至|提高到|提升到|压到|压至|压低到|控制在|降低到|减少到|缩短到|现在|目前/i;

/**
 * A decision by its structure: the writer or their team (I, we, a résumé verb) + a verb of
 * deciding, choosing, stopping, pausing, capping or setting + its object, with or without a reason
 * ("I capped the line at $5k", "We paused the rollout", 我们决定暂停上线, 我叫停了项目). The reason
 * may follow in the same sentence ("because", "so that", 因为…) or in the next one (see
 * `REASON_LEAD`).
 */
const DECISION_VERB =
  /\b(?:I|we|I and (?:my|the) \w+|(?:my|the) \w+ and I)(?:'d| would| will)? (?:(?:then|finally|eventually|ultimately|deliberately|intentionally|jointly|quickly|instead|also|explicitly|therefore|still|first|later|immediately)\s)?(?:decided|decide|chose|choose|picked|pick|opted|opt|went with|go with|selected|stopped|stop|killed|kill|paused|pause|halted|halt|capped|cap|set(?! up\b)|kept|keep|dropped|limited|limit|restricted|froze|freeze|pulled|pull|shelved|cancell?ed|scrapped|recommended|recommend|traded|trade|preferred|prefer|declined|refused|made the call|called off|held back|deferred|defer|delayed|postponed|narrowed|scoped|ruled out|capped|set aside|put (?:a|the) \w+ on|pushed back)\b|^\s*(?:Decided|Chose|Picked|Opted|Capped|Set(?! up\b)|Paused|Stopped|Killed|Kept|Limited|Restricted|Froze|Pulled|Shelved|Traded|Scoped|Deferred|Called off|Ruled out|Recommended)\b|我们?(?:和[^，。；]{1,8})?(?:当时|最终|最后|随后|刻意|果断|主动|坚持|还是|于是|因此|就)?(?:决定|选择了?|选了|选用|叫停|暂停|停掉|砍掉|否决|放弃|拍板|坚持|保留|限定|设定|设置|建议|把[^，。；]{1,24}?(?:设为|设定为|设在|定在|限制在|限定在|控制在|封顶在?|暂停|叫停|停掉|砍掉))/i;
/** A reason or purpose given with a decision, in the same sentence. */
const REASON =
  /\b(?:because|since|so that|so(?= (?:\w+[\s-]){0,4}(?:could|can|would|will|stays?|remains?|keeps?|are|is|was|were)\b)|as (?:it|they|that)|given that|in order to|to (?:keep|avoid|protect|make sure|ensure|stay|limit|prevent|reduce the risk)|which (?:kept|keeps|meant|means|let|lets|made|makes|gave)|that way)\b|因为|由于|是为了|为了|以便|为的是|这样|以免|从而|以确保|确保/i;
/** A rejected option: a choice between alternatives ("X over Y", "rather than", 而不是). */
const ALTERNATIVE = /\b(?:over|instead of|rather than|not|versus|vs\.?)\b|而不是|而非|没有选|不选|替代/i;
/** A sentence that gives the reason for the one before it ("That way…", "The reason was…", 因为…). */
export const REASON_LEAD =
  /^\s*(?:because\b|the (?:reason|point|aim|goal) (?:was|is)\b|that way\b|this (?:way|kept|keeps|meant|let|lets|gave)\b|that (?:kept|meant|let|gave)\b|it (?:kept|meant|let|gave)\b|why\b|my reasoning\b|因为|原因是|理由是|这样(?:一来)?|目的是|为的是|这么做是为了)/i;
const DECISION_END =
  /[;:；：。!?！？]|\.(?!\d)|,\s*(?:and|but|which|so|then|while)\b|，|\s(?:and|which|then|but|while)\s(?!(?:then\s)?(?:kept|keep|set|capped|cap|chose|choose|paused|pause|stopped|stop|limited|limit|dropped|held|froze|restricted|routed|sent|moved|pulled|asked|added)\b)/i;

export interface Decision {
  /** The span (relative to the claim text) from the decision verb to its reason or clause end: the choice and its options. */
  span: Range;
  /** A reason or purpose is given in the same sentence. */
  reason: boolean;
  /** A rejected option is named ("over", "rather than", 而不是). */
  alternative: boolean;
}

/** The decision a sentence states (by structure, with or without a reason), or null. */
function decisionOf(text: string): Decision | null {
  const verb = DECISION_VERB.exec(text);
  if (!verb) return null;
  const from = verb.index;
  const rest = text.slice(from + verb[0].length);
  const reason = REASON.exec(rest);
  const stop = DECISION_END.exec(rest);
  const reasonAt = reason ? reason.index : Infinity;
  const stopAt = stop ? stop.index : rest.length;
  const end = from + verb[0].length + Math.min(reasonAt, stopAt);
  return {
    span: [from, end],
    reason: reason !== null,
    alternative: ALTERNATIVE.test(text.slice(from, end)),
  };
}

/** Verbs and nouns of change or improvement, English and Chinese, including nominal forms. */
const CHANGE_WORD =
  /\b(?:improv(?:ed|es|ing|ement)|increas(?:ed|es|ing|e)|reduc(?:ed|es|ing|tion)|cut(?:ting|s)?|lower(?:ed|ing)|boost(?:ed|ing|s)?|grew|grow(?:n|th)|lift(?:ed|ing|s)?|uplift|rais(?:ed|ing)|decreas(?:ed|es|ing|e)|dropp(?:ed|ing)|drop|fell(?! back)|fall(?! back)|shr(?:ank|unk)|shorten(?:ed|ing)|trimm(?:ed|ing)|slash(?:ed|ing)|halv(?:ed|ing)|accelerat(?:ed|ing)|sped up|went (?:up|down)|came down|climb(?:ed|ing)|rose|jump(?:ed|ing)|gain(?:ed)?|shaved|brought down|pushed (?:up|down))\b|提升|降低|减少|提高|增长|下降|缩短|上升|改善|压缩|压到|压低|减半|翻倍|少了|多了|降了|涨了|加快|缩减|增加/gi;

/** A problem's onset ("began flagging 30% more claims", 开始漂移): a symptom observed, not a result claimed. */
const ONSET = /\b(?:began|begun|begin(?:s|ning)?|start(?:ed|ing)|spiked|suddenly|drift(?:ed|ing)?|crept|creeping)\b|开始|突然|漂移/i;

/**
 * Named terms that contain a change or outcome word without stating one: model-family and method
 * names, the fair-lending and assessment vocabulary a bank wants to hear, and products or
 * requests named for a change ("credit-line increase requests", "a limit decrease offer",
 * 提额申请): what a customer asks for, not what the writer changed. Kept narrow: a term is listed
 * only when its change word cannot be read as the writer's result.
 */
const NAMED_TERM =
  /\b(?:gradient[- ]boost(?:ed|ing)|boosted (?:decision )?trees?|(?:dimensionality|dimension|variance|noise|feature) reduction|uplift (?:model(?:s|ing|ling)?|trees?)|(?:disparate|adverse)[- ]impact|impact (?:assessments?|analys[ie]s|ratios?)|(?:increase|decrease|reduction|raise)s? (?:requests?|applications?|offers?|programs?|programmes?|campaigns?|decisions?|eligibility|flows?|queues?|polic(?:y|ies)|products?))\b|梯度提升|降维|差别影响|不利影响|影响评估|(?:提额|增额|降额|调额|额度(?:提升|提高|增加|降低|调整))(?:申请|请求|需求|业务|产品|策略|流程|决策)?/gi;

/** Features standing in for a protected attribute (fair lending's proxy problem). */
const PROXY_FINDING = /\b(?:prox(?:y|ies)|st(?:oo|a)d in for|stands in for|standing in for|acting as (?:a )?stand-ins?)\b|代理变量|替代变量|成了代理|充当了?代理/i;

function termsOf(text: string): Range[] {
  const out: Range[] = [];
  NAMED_TERM.lastIndex = 0;
  for (const m of matchesOf(NAMED_TERM, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * True when [start, end) is a part of one of the terms, shorter than the term itself: "impact" in
 * "disparate impact" is part of a name, while a trigger that matches the whole term (a tool rule
 * listing "gradient-boosted") still counts.
 */
export function insideTerm(terms: readonly Range[], start: number, end: number): boolean {
  return terms.some(([a, b]) => start >= a && end <= b && end - start < b - a);
}

function changesOf(text: string, quantities: readonly Quantity[], terms: readonly Range[]): Range[] {
  const out: Range[] = [];
  if (ONSET.test(text)) return out;
  CHANGE_WORD.lastIndex = 0;
  for (const m of matchesOf(CHANGE_WORD, text)) if (!insideTerm(terms, m.index, m.index + m[0].length)) out.push([m.index, m.index + m[0].length]);
  for (const q of quantities) if (q.impact && q.role === 'change') out.push([q.start, q.end]);
  return out;
}

/*
 * A comparison with a named counterfactual: the figure is the gap between two things the sentence
 * names, so it answers "compared with what?" as "from X to Y" does. Two shapes:
 * - the figure compared outright: "caught 2% more fraud than the interpretable one we shipped",
 *   "15% fewer good customers than our rules engine", 拦截率比我们选的评分卡提高了 2%;
 * - one of two options weighed in a choice, the figure describing one of them: "chose an
 *   interpretable model over a more complex one that caught 2% more fraud", "picked a model with
 *   4% lower recall over the black box", 选择了评分卡，而不是召回率提高了 2% 的黑盒模型.
 * A plan, a target or an expectation is no counterfactual ("30% more than expected", 比预期多),
 * nor is a figure after "more than" ("cut losses by more than 20%"), nor a choice whose figure is
 * its result in another clause ("chose retraining over a rollback, which cut losses 20%").
 */
const COMPARATIVE = String.raw`(?:more|fewer|less|higher|lower|better|worse|faster|slower|cheaper|shorter|longer|greater|smaller|quicker)`;
const NOT_COUNTERFACTUAL = String.raw`(?:expected|planned|forecast(?:ed)?|hoped|anticipated|targeted|budgeted|promised|projected|predicted|estimated|ever|needed|required|necessary|(?:we|i|they|the team|anyone|everyone) \w+|(?:the |our |its |their )?(?:plan|target|goal|forecast|budget|estimate|projection|guidance)s?\b)`;
/** Right after a figure: a comparative, at most five words, then "than" and a named thing. */
const THAN_NAMED = new RegExp(String.raw`^\s*${COMPARATIVE}\b(?:\s+(?!(?:but|and|while|yet|although|though|whereas)\b)[\w'\u2019-]+){0,5}?\s+than\s+(?!${NOT_COUNTERFACTUAL})\p{L}`, 'iu');
/** Right after a figure: a comparative ("2% more fraud", "4% lower recall"). */
const COMPARATIVE_AFTER = new RegExp(String.raw`^\s*${COMPARATIVE}\b`, 'i');
const CHOICE_VERB = /\b(?:chose|choose|chosen|choosing|picked|pick|selected|select|preferred|prefer|went with|go with|opted for|kept|keep|favou?red|backed|recommended|shipped)\b/i;
/** The alternative a choice is weighed against; "over" only before a thing, not a span of time. */
const CHOICE_ALTERNATIVE =
  /\b(?:instead of|rather than|in place of|in favou?r of|over(?!\s+(?:the |a |an )?(?:next |past |last |first |following |same )?(?:\d[\d,.]* |two |three |four |five |six |seven |eight |nine |ten |twelve |several |many )?(?:hours?|days?|weeks?|months?|quarters?|years?|period|time|baseline)\b))\b/gi;
/** 比 + a named thing + a comparative, within one clause; not 比例/比率/占比/对比 nor a plan (比预期). */
const BI_NAMED = /(?<![占对相无好])比(?![例率重如较赛])(?!(?:预期|计划|目标|预计|预算|原计划|想象))[^，。；,;]{1,20}?(?:多|少|高|低|快|慢|好|差|提升|提高|降低|减少|增加|下降|上升)/;
/** 而不是/而非 … or 放弃/舍弃 … a thing the figure describes (… 2% 的黑盒模型). */
const ZH_ALTERNATIVE = /(?:而不是|而非|而没有选?|放弃了?|舍弃了?|没有采用|没有选)/g;

function clauseAround(text: string, q: Range): string {
  let start = q[0];
  while (start > 0 && !/[,;:.!?，。；：！？]/.test(text[start - 1] ?? '')) start--;
  let end = q[1];
  while (end < text.length && !/[,;:!?，。；：！？]/.test(text[end] ?? '') && !/^\.(?:\s|$)/.test(text.slice(end, end + 2))) end++;
  return text.slice(start, end);
}

function namedCounterfactual(text: string, quantities: readonly Quantity[]): boolean {
  for (const q of quantities) {
    if (!q.impact) continue;
    const after = text.slice(q.end, q.end + 120);
    if (THAN_NAMED.test(after)) return true;
    const clause = clauseAround(text, [q.start, q.end]);
    if (BI_NAMED.test(clause) && /[\u4e00-\u9fff]/.test(clause)) return true;
    if (COMPARATIVE_AFTER.test(after) && choiceGap(text, q)) return true;
    if (zhChoiceGap(text, q)) return true;
  }
  return false;
}

/** An English choice whose comparative figure describes one option: verb … figure … alternative, or verb … alternative … figure in its clause. */
function choiceGap(text: string, q: Quantity): boolean {
  const verb = CHOICE_VERB.exec(text);
  if (!verb || verb.index > q.start) return false;
  for (const m of matchesOf(CHOICE_ALTERNATIVE, text.slice(verb.index))) {
    const at = verb.index + m.index;
    if (at > q.end) return !/[,;:]/.test(text.slice(q.end, at));
    if (!/[,;:]|[.!?](?:\s|$)/.test(text.slice(at, q.start))) return true;
  }
  return false;
}

/** A Chinese choice whose figure sits in the alternative it turns down: 而不是召回率提高了 2% 的复杂模型. */
function zhChoiceGap(text: string, q: Quantity): boolean {
  for (const m of matchesOf(ZH_ALTERNATIVE, text)) {
    if (m.index > q.start) break;
    const between = text.slice(m.index, q.start);
    if (/[，。；,;]/.test(between)) continue;
    if (/^[^，。；,;]{0,12}的/.test(text.slice(q.end))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

function langOf(text: string): Claim['lang'] {
  const cjk = /[\u4e00-\u9fff]/.test(text);
  if (!cjk) return 'en';
  return /[A-Za-z]{3,}/.test(text) ? 'mixed' : 'zh';
}

const CACHE_LIMIT = 4_000;
/**
 * Analyses by text, kept as whole claim records at offset 0 (`start` and `end` 0): analyzeClaim
 * copies one and sets its offsets. Copying an object and then adding properties to the copy
 * ({ ...analysis, start, end }) took V8 (Node 20) 5-10 µs a claim, most of a cached claim's cost;
 * a copy of a record that already has them, with the two set after, about 0.03 µs.
 */
const cache = new Map<string, Claim>();

/** Analyses one sentence's text (already stripped of markup). Cached by text; treat as read-only. */
export function analyzeText(raw: string): Omit<Claim, 'start' | 'end'> {
  return analysisOf(raw);
}

function analysisOf(raw: string): Claim {
  const hit = cache.get(raw);
  if (hit) return hit;
  const text = normalizeDigits(raw);
  const quantities: Quantity[] = [];
  for (const t of readNumbers(text)) {
    const kind = classify(t, text);
    const prev = quantities[quantities.length - 1];
    const q: Quantity = { ...t, kind, impact: !NOT_IMPACT.has(kind), role: null, pay: null, stance: 'ask' };
    q.role = changeRole(t, text, prev);
    if (kind === 'money' || (kind === 'percent' && PAY_WORD.test(text))) {
      q.pay = payRole(t, text);
      // Another option for the same pay item ("a bonus of 15%, or 20% if senior", 奖金15%，如果是高级职位则为20%).
      if (q.pay === null && prev?.pay && (prev.kind === 'money' || prev.kind === 'percent') && ALTERNATIVE_GAP.test(text.slice(prev.end, t.start))) q.pay = prev.pay;
      q.stance = payStance(t, text);
    }
    quantities.push(q);
  }
  for (const m of matchesOf(WORD_QUANTITY, text)) {
    const w = m[0].toLowerCase();
    const half = /half|一半|减半|third/.test(w);
    const value = half ? (/third/.test(w) ? (w.startsWith('two') ? 67 : 33) : 50) : /tripl|三/.test(w) ? 3 : /quadru/.test(w) ? 4 : 2;
    quantities.push({
      start: m.index, end: m.index + m[0].length, text: m[0], value, min: value, max: value, isRange: false,
      unit: half ? 'percent' : 'multiple', scaled: false, signed: false, whole: String(value), hasFraction: false,
      kind: half ? 'percent' : 'multiple', impact: true, role: 'change', pay: null, stance: 'ask',
    });
  }
  for (const m of matchesOf(WORD_COUNT, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (quantities.some((q) => q.start < end && start < q.end)) continue;
    const value = wordCountValue(m[0]);
    const token: NumberToken = {
      start, end, text: m[0], value, min: value, max: value, isRange: false, unit: 'none', scaled: false,
      signed: false, whole: String(value), hasFraction: false,
    };
    const kind = compoundKind(text.slice(end, end + 12)) ?? classify(token, text);
    quantities.push({ ...token, kind, impact: !NOT_IMPACT.has(kind), role: changeRole(token, text, undefined), pay: null, stance: 'ask' });
  }
  for (const m of matchesOf(ONE_COUNT, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (quantities.some((q) => q.start < end && start < q.end)) continue;
    const token: NumberToken = {
      start, end, text: m[0], value: 1, min: 1, max: 1, isRange: false, unit: 'none', scaled: false,
      signed: false, whole: '1', hasFraction: false,
    };
    const kind = classify(token, text);
    quantities.push({ ...token, kind, impact: !NOT_IMPACT.has(kind), role: changeRole(token, text, undefined), pay: null, stance: 'ask' });
  }
  quantities.sort((a, b) => a.start - b.start);
  const negated = negatedRanges(text);
  const decision = decisionOf(text);
  const terms = termsOf(text);
  const claim: Claim = {
    text: raw,
    lang: langOf(text),
    quantities,
    hasImpactNumber: quantities.some((q) => q.impact),
    timeFrame: TIME_FRAME.exec(text)?.[0] ?? null,
    baseline: BASELINE_TERMS.test(text) || quantities.some((q) => q.kind === 'multiple' || q.role === 'before') || namedCounterfactual(text, quantities),
    actor: actorOf(text),
    negated,
    reported: reportedRanges(text),
    governance: governanceOf(text, negated),
    controls: controlsOf(text, negated),
    conditional: CONDITIONAL.test(text),
    hypothesis: HYPOTHESIS.test(text),
    saving: SAVING.test(text),
    endState: END_STATE.test(text) || quantities.some((q) => q.role === 'after'),
    changes: changesOf(text, quantities, terms),
    choice: decision && decision.reason ? decision.span : null,
    decision,
    terms,
    proxyFinding: PROXY_FINDING.test(text),
    verdict: verdictOf(text),
    start: 0,
    end: 0,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, claim);
  return claim;
}

/** The claim record of one sentence span of a section. */
export function analyzeClaim(span: { start: number; end: number; text: string }): Claim {
  const claim = { ...analysisOf(span.text) };
  claim.start = span.start;
  claim.end = span.end;
  return claim;
}

/** True when [start, end) (relative to the claim text) is negated, quoted, reported or rejected. */
export function isDistanced(claim: Pick<Claim, 'negated' | 'reported'>, start: number, end: number): boolean {
  if (inRanges(claim.negated, start, end)) return true;
  // Reported or rejected: the phrase starts inside what someone else says or the writer rejects
  // ("colleagues call it red tape"); a phrase the writer says before "what they say" is theirs.
  for (const [a, b] of claim.reported) if (start >= a && start < b) return true;
  return false;
}

export const ASK_PATTERN = ASK_WORD;

/** For tests: the claim patterns that run only after a cheap necessary test, with that test. */
export function claimNeedsForTests(): Array<{ pattern: RegExp; needs: RegExp[] }> {
  return [{ pattern: REPORTING, needs: [REPORTING_HINT] }];
}
