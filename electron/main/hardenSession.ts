// Session-wide defences: every permission (camera, notifications, clipboard-read, …) is denied,
// every response carries the app's Content-Security-Policy, and the spell checker is off where it
// would download dictionaries (see spellCheckAllowed in createMainWindow).
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/node/contentSecurityPolicy';

export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setSpellCheckerEnabled'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

export function hardenSession(session: HardenableSession, options: { spellCheck: boolean }): void {
  session.setSpellCheckerEnabled(options.spellCheck);
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = { ...(details.responseHeaders ?? {}) };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    headers['X-Content-Type-Options'] = ['nosniff'];
    callback({ responseHeaders: headers });
  });
}
