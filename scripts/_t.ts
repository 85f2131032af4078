import path from 'node:path';
import { loadRulePacks, selectRules } from '../src/core/rubric/loadRulePacks';
import { findTemplate, loadTemplatesFrom } from '../src/core/templates/registry';
import { prepareSection } from '../src/core/rubric/prepareSection';
import { claimsOf } from '../src/core/rubric/claims/sectionClaims';
const appRoot = path.resolve(import.meta.dirname, '..');
import fs from 'node:fs';
const S = fs.readFileSync('scripts/bench-rubric.ts', 'utf8');
const sents = [...S.matchAll(/^  '(.*)',$/gm)].map((m) => m[1]!);
const templates = loadTemplatesFrom(appRoot, null);
const packs = loadRulePacks(appRoot).rules;
const t = findTemplate(templates, 'impact-brief');
const rules = selectRules(packs, t, 'wells-fargo');
const per = new Map<string, number[]>();
const add = (k: string, v: number) => { const a = per.get(k) ?? []; a.push(v); per.set(k, a); };
for (let k = 0; k < 2000; k++) {
  let a = performance.now();
  const sections = ['problem','decisions','outcome','risk','ice'].map((id, j) => prepareSection(id, Array.from({length:5},(_,i)=>sents[(k*7+j*5+i)%sents.length]).join(' ')));
  add('prepare', performance.now() - a);
  a = performance.now();
  for (const s of sections) claimsOf(s);
  add('claims', performance.now() - a);
  const ctx = { template: t, sections, words: 300, bands: null, privateTerms: [] };
  for (const r of rules) { const a = performance.now(); r.check(ctx as never); add(r.id, performance.now() - a); }
}
const med = (x: number[]) => { const s = x.slice(500).sort((a, b) => a - b); return s[s.length >> 1]!; };
let tot = 0;
for (const [k, v] of [...per].sort((a, b) => med(b[1]) - med(a[1]))) { tot += med(v); console.log(med(v).toFixed(4), k); }
console.log('sum of medians', tot.toFixed(3));
