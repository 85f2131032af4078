// A Chinese draft's findings are Chinese in the editor (newcomer trial): message, "why", advice,
// the rule label, the tiers and the section names of the Issues panel; Settings → Findings language can
// set them to English for the workspace.
import { expect, test } from '@playwright/test';
import { callFromPage as api, startApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp;

test.beforeAll(async () => {
  app = await startApp({ sample: true });
});
test.afterAll(async () => {
  await app?.dispose();
});

test('a Chinese draft shows Chinese findings; Settings can switch them to English', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(app.server.url);
  const company = await api<{ slug: string }>(page, 'companies.create', { name: '富国银行面试', profileId: 'wells-fargo' });
  const doc = await api<{ id: string }>(page, 'documents.create', { company: company.slug, templateId: 'impact-brief', title: '流失预测模型' });
  await api(page, 'documents.update', {
    company: company.slug,
    id: doc.id,
    baseRevision: null,
    patch: {
      sections: {
        problem: '客户流失对业务影响很大，旧流程也已经过时了。',
        decisions: '参与了一个流失模型，帮助了挽留团队。\n用 PyTorch 搭建了一个 6 层网络的评分服务。',
        outcome: '模型的 AUC 达到 0.92，用户活跃度明显提升。',
      },
    },
  });
  await page.goto(`${app.server.origin}/#/c/${company.slug}/d/${doc.id}`);
  const panel = page.getByTestId('findings-panel');
  const impact = panel.locator('[data-testid="finding"][data-rule="quantified-impact"]').first();
  await expect(impact).toContainText('这里写了成果，但没有数字。', { timeout: 30_000 });
  await expect(impact).toContainText('为什么重要：');
  await expect(impact).toContainText('建议：补上数字和单位');
  await expect(impact.locator('.finding-rule')).toHaveText('成果没有数字');
  await expect(impact.locator('.finding-section')).toHaveText('我负责的决定');
  await expect(panel.locator('[data-testid="finding-tier"][data-tier="error"] h3')).toContainText('大问题');
  await expect(panel.locator('[data-testid="finding"][data-rule="section-required"]').first()).toContainText('必填部分“风险与合规”还是空的。');
  await expect(panel).not.toContainText('Why it matters');
  await expect(panel.locator('[data-testid="finding"][data-rule="governance-terms"] .finding-section')).toHaveText('整份文档');
  await panel.screenshot({ path: testInfo.outputPath('chinese-findings-panel.png') });
  await page.screenshot({ path: testInfo.outputPath('chinese-draft-editor.png') });

  await page.getByTestId('open-settings').click();
  await page.getByTestId('findings-language').selectOption('en');
  await page.getByTestId('save-settings').click();
  await page.reload();
  await expect(panel.locator('[data-testid="finding"][data-rule="quantified-impact"]').first()).toContainText('This states an outcome without a number.', { timeout: 30_000 });
  await expect(panel).toContainText('Why it matters:');
  await page.getByTestId('open-settings').click();
  await expect(page.getByTestId('findings-language')).toHaveValue('en');
  await page.getByTestId('findings-language').selectOption('draft');
  await page.getByTestId('save-settings').click();
});
