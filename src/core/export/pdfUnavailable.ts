// The one message a candidate sees when no Chromium is available to print PDFs.
import { DossierError } from '../errors';

export const CHROMIUM_MISSING =
  'Dossier needs Chromium to make PDFs. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.';

export function pdfUnavailable(): DossierError {
  return new DossierError('unavailable', CHROMIUM_MISSING);
}
