import { describe, expect, it, vi } from 'vitest';
import { createLazyPrinter } from '../../../src/node/createLazyPrinter';
import { DossierError } from '../../../src/core/errors';
import type { PdfPrinter } from '../../../src/core/export/types';

const opts = { pageSize: 'letter' as const, title: 't', author: 'a' };

describe('createLazyPrinter', () => {
  it('loads the real printer once, on the first print', async () => {
    const real: PdfPrinter = { print: vi.fn(async () => new Uint8Array([1])), close: vi.fn(async () => {}) };
    const load = vi.fn(async () => real);
    const printer = createLazyPrinter(load);
    expect(load).not.toHaveBeenCalled();
    await printer.print('<p>a</p>', opts);
    await printer.print('<p>b</p>', opts);
    expect(load).toHaveBeenCalledTimes(1);
    await printer.close();
    expect(real.close).toHaveBeenCalledTimes(1);
  });

  it('turns a failed load into an unavailable error and tries again next time', async () => {
    const load = vi.fn(async (): Promise<PdfPrinter> => {
      throw new Error('Cannot find module');
    });
    const printer = createLazyPrinter(load);
    await expect(printer.print('x', opts)).rejects.toMatchObject({ code: 'unavailable' });
    await expect(printer.print('x', opts)).rejects.toBeInstanceOf(DossierError);
    expect(load).toHaveBeenCalledTimes(2);
    await printer.close();
  });

  it('closing a printer that never started does nothing', async () => {
    const load = vi.fn();
    await createLazyPrinter(load).close();
    expect(load).not.toHaveBeenCalled();
  });
});
