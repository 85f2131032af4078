// Newcomer 9 §10: the "pay not checked" caveat sat on a Chinese value-proposition memo whose only
// money was loan volume. It now shows only where the document states pay (statesPay.ts), on the
// dashboard, in the editor's check result and under `dossier check`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statesPayIn } from '../../../src/core/rubric/statesPay';
import { createCoreContext } from '../../../src/core/openContext';
import type { CoreContext } from '../../../src/core/context';
import { buildDashboard } from '../../../src/core/companies/buildDashboard';
import { checkDocument } from '../../../src/core/rubric/checkDocument';
import { newDocumentFromTemplate } from '../../../src/core/workspace/newDocumentFromTemplate';
import { appRoot } from './ruleHarness';

describe('statesPay', () => {
  it.each([
    ['a base range in pounds', 'My target base is £105,000 to £115,000.'],
    ['a sign-on ask', 'I would ask for a sign-on of $20k–$25k to cover the bonus I forfeit.'],
    ['a bonus percent', 'I would ask for a target bonus of 15% to 18% of base.'],
    ['a Chinese base ask', '我希望底薪在18万到20万美元之间。'],
    ['total compensation', 'I am aiming for total compensation of about $260,000 to $290,000 a year.'],
  ])('states pay: %s', (_name, text) => {
    expect(statesPayIn({ body: text })).toBe(true);
  });

  it.each([
    ['loan volume in pounds (the newcomer memo)', '在上一家公司，我把审批通过率从52%提高到58%，一年新增贷款约1.2亿英镑。'],
    ['fraud losses saved', 'Cut card-fraud losses from $4.1M to $2.9M a year by moving scoring to real time.'],
    ['revenue', 'The model added $11.2M of incremental revenue in its first year.'],
    ['no figures at all', 'I would bring governance-first ML delivery to your fraud team.'],
    ['a company goal', 'Revolut正在欧洲多个市场扩大消费信贷业务，需要在快速增长的同时控制坏账率。'],
  ])('does not state pay: %s', (_name, text) => {
    expect(statesPayIn({ body: text })).toBe(false);
  });
});

describe('the pay caveat follows the pay', () => {
  const open: CoreContext[] = [];
  afterEach(() => {
    for (const ctx of open.splice(0)) ctx.store.close();
  });

  it('is not shown for a fintech value-proposition memo with no pay, and is for a pay memo', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-statespay-'));
    const ctx = await createCoreContext({ root, shell: 'cli', appRoot });
    open.push(ctx);
    const rev = ctx.store.createCompany('Revolut London', 'fintech');
    const vp = newDocumentFromTemplate(ctx, rev.slug, 'value-prop-memo', {
      sections: { 'track-record': '我负责一个信用评分模型的产品化，一年新增贷款约1.2亿英镑，坏账率不变。' },
    });
    const vpCheck = checkDocument(ctx, { company: rev.slug, templateId: vp.templateId, sections: vp.sections, silencedRules: [] });
    expect(vpCheck.statesPay).toBe(false);
    let card = buildDashboard(ctx).companies.find((c) => c.slug === rev.slug);
    expect(card?.documents.find((d) => d.id === vp.id)?.statesPay).toBe(false);
    expect(card?.payCaveat).toBeNull();

    const memo = newDocumentFromTemplate(ctx, rev.slug, 'comp-memo', { sections: { base: 'My target base is £105,000 to £115,000.' } });
    expect(checkDocument(ctx, { company: rev.slug, templateId: memo.templateId, sections: memo.sections, silencedRules: [] }).statesPay).toBe(true);
    card = buildDashboard(ctx).companies.find((c) => c.slug === rev.slug);
    expect(card?.documents.find((d) => d.id === memo.id)?.statesPay).toBe(true);
    expect(card?.documents.find((d) => d.id === vp.id)?.statesPay).toBe(false);
    expect(card?.payCaveat).toMatch(/not checked against a band/);
  });
});
