// The template and company-profile schemas are built on first use (z.lazy), so a command that
// validates no such file (the CLI, with its built-ins validated at build time) does not pay for
// building them, and importing the profile schema does not build the workspace's schemas.
// Validation itself is unchanged (sectionAliases and sourceLabels tests, the loaders' tests).
import type * as zod from 'zod';
import { describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => ({ objects: 0 }));
vi.mock('zod', async (importOriginal) => {
  const real = await importOriginal<typeof zod>();
  const object: typeof real.z.object = (...args) => {
    built.objects += 1;
    return real.z.object(...args);
  };
  return { ...real, z: { ...real.z, object } };
});

describe('template and profile schemas are built on first use', () => {
  it('importing them builds no object schema; the first parse builds them, once', async () => {
    const { TemplateSchema } = await import('../../../src/core/templates/templateSchema');
    const { CompanyProfileSchema } = await import('../../../src/core/companies/profileSchema');
    expect(built.objects).toBe(0);
    expect(TemplateSchema.safeParse({}).success).toBe(false);
    expect(CompanyProfileSchema.safeParse({ id: 'x' }).success).toBe(false);
    const afterFirst = built.objects;
    expect(afterFirst).toBeGreaterThan(0);
    expect(TemplateSchema.safeParse({}).success).toBe(false);
    expect(CompanyProfileSchema.safeParse({}).success).toBe(false);
    expect(built.objects).toBe(afterFirst);
  });
});
