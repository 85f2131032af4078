// A PdfPrinter that loads the real one (and so Chromium) only when the first PDF is printed, so
// a shell starts fast and still works when no printer module or browser is available.
import type { PdfPrinter } from '../core/export/types';
import { DossierError } from '../core/errors';

export function createLazyPrinter(load: () => Promise<PdfPrinter>): PdfPrinter {
  let loading: Promise<PdfPrinter> | null = null;
  const get = (): Promise<PdfPrinter> => {
    if (!loading) {
      loading = load().catch((err: unknown) => {
        loading = null;
        if (err instanceof DossierError) throw err;
        throw new DossierError(
          'unavailable',
          'Dossier could not start its PDF printer. DOCX and Markdown exports still work; for PDF, install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.',
        );
      });
    }
    return loading;
  };
  return {
    async print(html, opts) {
      return (await get()).print(html, opts);
    },
    async measure(html, opts) {
      const printer = await get();
      if (!printer.measure) throw new DossierError('unavailable', 'This PDF printer cannot measure pages.');
      return printer.measure(html, opts);
    },
    async close() {
      if (!loading) return;
      const current = loading;
      loading = null;
      try {
        await (await current).close();
      } catch {
        // Closing a printer that never started is not an error.
      }
    },
  };
}
