// Phrases from AI/ML product work in regulated finance that a job description may ask for.
// Matched as whole phrases (case-insensitive; spaces and hyphens interchangeable).
export const englishVocabulary: string[] = [
  'model risk management', 'model risk', 'model validation', 'independent validation', 'model inventory',
  'model governance', 'model monitoring', 'model lifecycle', 'SR 11-7', 'OCC 2011-12', 'fair lending',
  'adverse action', 'explainability', 'interpretability', 'fairness', 'bias', 'drift', 'audit trail',
  'fraud detection', 'fraud prevention', 'fraud', 'anti-money laundering', 'know your customer',
  'credit risk', 'credit decisioning', 'underwriting', 'real-time', 'latency', 'fallback',
  'machine learning', 'artificial intelligence', 'generative AI', 'large language model',
  'responsible AI', 'risk management', 'risk register', 'risk appetite', 'compliance', 'regulatory',
  'regulation', 'governance', 'stakeholder management', 'stakeholders', 'product roadmap', 'roadmap',
  'go-to-market', 'A/B testing', 'experimentation', 'unit economics', 'lifetime value',
  'customer acquisition cost', 'chargeback', 'payments', 'checkout', 'data lineage', 'data governance',
  'data quality', 'consent', 'privacy', 'data science', 'data engineering', 'MLOps', 'feature store',
  'personalization', 'customer experience', 'servicing', 'collections', 'credit card', 'merchant',
  'product strategy', 'product vision', 'P&L', 'revenue', 'cost savings', 'cross-functional',
  'agile', 'OKRs', 'KPIs',
];

export const chineseVocabulary: string[] = [
  '模型风险管理', '模型风险', '模型验证', '独立验证', '模型治理', '模型监控', '公平贷款', '反欺诈',
  '欺诈检测', '风险管理', '风控', '合规', '监管', '可解释性', '公平性', '机器学习', '人工智能',
  '生成式人工智能', '大语言模型', '大模型', '数据治理', '数据血缘', '数据质量', '隐私', '信用风险',
  '信贷', '反洗钱', '实时', '延迟', '产品经理', '产品路线图', '产品策略', '利益相关方', '跨职能',
  '支付', '审计', '用户体验', '商业价值',
];

export const englishStopwords = new Set(
  `a about above across after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each etc few for from further had has
  have having he her here hers him his how i if in into is it its itself just me more most my no nor not of
  off on once only or other our ours out over own per same she should so some such than that the their them
  then there these they this those through to too under until up very via was we were what when where which
  while who whom why will with within without would you your yours across plus must may might shall us
  able ability work works working team teams role roles experience experiences strong years year including
  include includes new well using use used help helps make makes making join want looking ideal candidate
  candidates skills skill preferred required requirement requirements responsibilities responsible
  qualifications bachelor degree equivalent demonstrated proven excellent good great deep knowledge
  understanding familiarity across other others one two three four five level senior lead leading own
  based etc e.g i.e within will day days time`.split(/\s+/),
);

export const chineseStopwords = new Set(
  `的 了 和 与 及 以及 或 或者 在 是 我们 你 您 他们 她们 负责 进行 能够 具有 具备 相关 工作 要求 以上
  优先 熟悉 等 对 为 将 并 中 上 下 个 有 可以 以 及其 包括 通过 岗位 职责 任职 资格 经验 年 能力 良好
  优秀 较强 一定 了解 掌握 参与 推动 提升 团队 公司 业务 相关性 本科 学历 及以上 以上学历 者 其 该
  这 那 从 到 把 被 让 给 就 都 也 还 又 很 更 最`.split(/\s+/),
);
