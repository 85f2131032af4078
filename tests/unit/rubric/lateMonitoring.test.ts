// compliance-afterthought reports monitoring bolted on after the fact (newcomer trial: “We set up
// model monitoring three months after go-live” passed): drift, fairness or performance monitoring
// put in place only after launch or after an incident. Monitoring planned before launch and run
// after it, monitoring that catches something after launch, and someone else's or a negated
// account are not.
import { describe, expect, it } from 'vitest';
import { findingsOf, tableRows } from './ruleHarness';
import type { Row } from './ruleHarness';

const base = { section: 'risk', template: 'impact-brief', company: 'wells-fargo' };
const flagged: Row[] = [
  'We added drift monitoring three months after launch.',
  'We set up model monitoring three months after go-live.',
  'We added monitoring later once things stabilised.',
  'Fairness monitoring was only put in place after the first complaint.',
  'After the outage, we finally set up performance monitoring.',
  'Drift alerts were bolted on after the model was already live.',
  '上线三个月后我们才加上漂移监控。',
  '出了事故之后才补上公平性监控。',
  '模型上线以后，我们才开始做性能监测。',
  { text: 'Once the model was in production we built a PSI dashboard to watch for drift.', section: 'outcome' },
];
const clean: Row[] = [
  'Monitoring was set up before launch and reviewed monthly after.',
  'We set up drift monitoring during the shadow run, before go-live.',
  'After launch, drift monitoring caught a PSI shift in week three.',
  'Drift monitoring has run monthly since launch, with alerts to the model owner.',
  'After the pilot, we added fairness monitoring before the full rollout.',
  'Model risk required drift monitoring from day one.',
  'We never added monitoring as an afterthought: it was in the validation plan.',
  'We monitored drift weekly after go-live, as the validation plan required.',
  '监控在上线前就搭好了，上线后每月复盘。',
  '上线后，漂移监控每周自动运行，告警发给模型负责人。',
  '上线前我们就和模型风险团队一起设计了公平性监控。',
  'Our monitoring team reviews every alert within a day.',
  'After the incident, we reviewed the gap with model risk and added a drift alert.',
  '事故之后，我们和模型风险团队复盘，并加上了漂移告警。',
];

describe('compliance-afterthought: monitoring put in place late', () => {
  it.each(tableRows(flagged, base))('flags %s', (_t, c) => {
    const found = findingsOf('compliance-afterthought', c);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.message).toMatch(/^Monitoring is put in place only after launch or an incident here/);
  });
  it.each(tableRows(clean, base))('passes %s', (_t, c) => expect(findingsOf('compliance-afterthought', c)).toEqual([]));

  it('a partner brought in late keeps the partner message', () => {
    const [f] = findingsOf('compliance-afterthought', { ...base, text: 'We added drift monitoring after launch and told compliance the following week.' });
    expect(f?.message).toMatch(/^Compliance or model risk comes in after the fact/);
  });

  it('monitoring alone does not stand in for a governance partner in a rollout plan (regulatory-reflex)', () => {
    const text = 'We will roll out to 10% of cardholders, then everyone, with drift monitoring from day one.';
    expect(findingsOf('regulatory-reflex', { ...base, section: 'decisions', text }).length).toBeGreaterThan(0);
  });
});
