// Which URLs are "the app": the built renderer served on the app's own scheme (app://dossier/)
// or, in a development build only, the electron-vite dev server on a loopback address.
// Navigation and IPC are allowed only there; file:// is never the app.
import { APP_HOST, APP_SCHEME } from './appProtocol';

export interface AppLocation {
  /** Absolute path of out/renderer, served as app://dossier/. */
  rendererDir: string;
  /** The trusted dev server URL in a development build (see trustedDevServerUrl), otherwise null. */
  devServerUrl: string | null;
}

export function isAppUrl(url: string, app: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  if (app.devServerUrl) {
    try {
      return parsed.origin === new URL(app.devServerUrl).origin && parsed.origin !== 'null';
    } catch {
      return false;
    }
  }
  return false;
}

function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const parts = hostname.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/**
 * ELECTRON_RENDERER_URL as the page to load, or null. Honoured only in an unpackaged development
 * build and only for an http(s) address on this machine's loopback (127.0.0.0/8, localhost,
 * [::1]) without credentials: anything else would hand the full IPC surface to another page.
 */
export function trustedDevServerUrl(opts: { isPackaged: boolean; isDevBuild: boolean; value: string | undefined }): string | null {
  if (opts.isPackaged || !opts.isDevBuild || !opts.value) return null;
  let parsed: URL;
  try {
    parsed = new URL(opts.value);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return isLoopbackHost(parsed.hostname) ? parsed.href : null;
}

/** Only web links leave the app, and only to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
