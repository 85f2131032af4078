// Headers every browser-mode response carries. Never any Access-Control-* header: other origins
// get no way in.
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../node/contentSecurityPolicy';

export function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  // Only features Chromium recognizes: an unknown one ("bluetooth") logs a warning on every load.
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()');
}
