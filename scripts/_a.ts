import { analyzeText } from '../src/core/rubric/claims/analyzeClaim';
const T = process.argv.slice(2).length ? process.argv.slice(2) : [
 'I am asking for a base of $250,000 to $265,000, with a 15% target bonus and a $40,000 sign-on.',
 'Total compensation of $230k–$260k, with base at $180k–$190k.',
 'My team handles 250k disputes a year.',
 '我希望base在24万到25万美元之间。',
 'Fair-lending review confirmed no adverse impact.',
 'Colleagues call it red tape; I see it as a design input.',
 'We shipped the fix overnight and briefed compliance the following week.',
 'Model risk agreed the monitoring plan before launch; after launch they review drift monthly.',
 'Led a 10-person team that labeled 2 million transcripts in 2023.',
 'Fraud losses fell from $4.1M to $2.9M a year (−29%) within two quarters, with false declines flat at 0.4%.',
 'The model reached 0.92 AUC.',
 'only then looped in model risk.',
 'For AI product leads at large banks (Chase, Citi, Bank of America), market data puts base between $180k and $205k.',
];
for (const t of T) { const c = analyzeText(t); console.log(t, '\n  ', JSON.stringify({q: c.quantities.map(q=>[q.text,q.kind,q.min,q.max,q.role,q.pay,q.stance]), tf: c.timeFrame, bl: c.baseline, actor: c.actor, neg: c.negated.map(r=>t.slice(...r)), rep: c.reported.map(r=>t.slice(...r)), gov: c.governance.map(g=>[g.actor,g.timing,g.event,g.negated])})); }
