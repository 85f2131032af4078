// The words around a draft's findings follow the findings' language (findingsWords.ts): a Chinese
// pay memo at a company whose guide publishes no pay figures shows the caveat, the tier headings and
// the buttons in Chinese, and silencing a rule says so in Chinese; an English memo at the same
// company keeps them in English.
import { expect, test } from '@playwright/test';
import { callFromPage as api, startApp } from './helpers';
import type { TestApp } from './helpers';
import type { Page } from '@playwright/test';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp({ sample: true });
});
test.afterAll(async () => {
  await app?.dispose();
});

async function memo(page: Page, company: string, title: string, sections: Record<string, string>): Promise<string> {
  const doc = await api<{ id: string }>(page, 'documents.create', { company, templateId: 'comp-memo', title });
  await api(page, 'documents.update', { company, id: doc.id, baseRevision: null, patch: { sections } });
  return doc.id;
}

test('a Chinese draft gets a Chinese panel around its findings; an English draft an English one', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(app.server.url);
  const company = await api<{ slug: string }>(page, 'companies.create', { name: 'Stripe prep', profileId: 'fintech' });
  const zhId = await memo(page, company.slug, '薪酬沟通要点', {
    anchor: '我参考了几家支付公司的公开薪酬数据，期望总包在一个合理的范围内。',
    base: '我希望底薪是 23 万美元。',
    close: '如果职级和工作范围合适，我对薪酬结构是灵活的，非常期待加入团队。',
  });
  const enId = await memo(page, company.slug, 'Pay talking points', {
    anchor: 'I looked at published pay for payments companies and want a package in a fair range.',
    base: 'I would like a base of $230k.',
    close: 'If the level and scope are right, I am flexible on the mix and keen to join the team.',
  });

  await page.goto(`${app.server.origin}/#/c/${company.slug}/d/${zhId}`);
  const panel = page.getByTestId('findings-panel');
  await expect(panel.getByTestId('findings-caveat')).toHaveText(/^你的薪酬数字还没有和任何区间对比过：金融科技指南没有公布这家公司的薪酬数字。/, { timeout: 30_000 });
  await expect(panel.locator('[data-testid="finding-tier"] h3').first()).toHaveText(/^(大问题|值得修改|提示)/);
  const first = panel.getByTestId('finding').filter({ has: page.getByTestId('finding-silence-document') }).first();
  await expect(first.getByTestId('finding-silence-document')).toHaveText('本文档不再提示');
  await expect(panel).not.toContainText(/Silence|Worth fixing|Big mistakes|Notes|Your pay figures/);
  await panel.screenshot({ path: testInfo.outputPath('chinese-panel.png') });
  const rule = await first.getAttribute('data-rule');
  await first.getByTestId('finding-silence-document').click();
  await expect(page.getByText(/^本文档不再提示“.+”。$/)).toBeVisible();
  await expect(panel.locator(`[data-testid="finding"][data-rule="${rule}"]`).first().getByTestId('finding-check-again')).toHaveText('在本文档重新检查');

  await page.goto(`${app.server.origin}/#/c/${company.slug}/d/${enId}`);
  await expect(panel.getByTestId('findings-caveat')).toHaveText(/^Your pay figures were not checked against a band: the Fintech guide publishes/, { timeout: 30_000 });
  await expect(panel.getByTestId('finding-silence-document').first()).toHaveText('Silence for this document');
  await expect(panel.locator('[data-testid="finding-tier"] h3').first()).toHaveText(/^(Big mistakes|Worth fixing|Notes)/);
  await expect(panel).not.toContainText(/[\u4e00-\u9fff]/);
});

test('rehearsing a Chinese draft: the estimate and notes are Chinese', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(app.server.url);
  const company = await api<{ slug: string }>(page, 'companies.create', { name: '富国银行', profileId: 'wells-fargo' });
  const doc = await api<{ id: string }>(page, 'documents.create', { company: company.slug, templateId: 'kill-story', title: '暂停提额模型' });
  await api(page, 'documents.update', {
    company: company.slug,
    id: doc.id,
    baseRevision: null,
    patch: { sections: { concern: '影子运行时，公平性复核发现年长申请人的通过率低了 9 个百分点。', decision: '我决定暂停上线六周，去掉和年龄相关的特征。' } },
  });
  await page.goto(`${app.server.origin}/#/c/${company.slug}/d/${doc.id}`);
  await page.getByTestId('rehearse').click();
  const view = page.getByTestId('rehearsal');
  await expect(view.getByTestId('rehearsal-estimate')).toHaveText(/^按每分钟 180 个汉字(（英文每分钟 140 词）)?计算，大约需要 \d+ 秒，时间预算是 2 分 30 秒。$/);
  await expect(view).toContainText('还没有练习记录。');
  await expect(view).not.toContainText('Before you start');
});
