// Which URLs are "the app": the built renderer on disk (file:// inside out/renderer) or, in
// development, the electron-vite dev server's origin. Navigation and IPC are allowed only there.
import { fileURLToPath } from 'node:url';
import { isAbsolute, relative, resolve } from 'node:path';

export interface AppLocation {
  /** Absolute path of out/renderer. */
  rendererDir: string;
  /** The dev server URL (ELECTRON_RENDERER_URL) in development, otherwise null. */
  devServerUrl: string | null;
}

export function isAppUrl(url: string, app: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    if (parsed.host !== '' && parsed.host !== 'localhost') return false;
    let path: string;
    try {
      path = fileURLToPath(parsed);
    } catch {
      return false;
    }
    const rel = relative(resolve(app.rendererDir), resolve(path));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  }
  if (app.devServerUrl) {
    try {
      return parsed.origin === new URL(app.devServerUrl).origin && parsed.origin !== 'null';
    } catch {
      return false;
    }
  }
  return false;
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
