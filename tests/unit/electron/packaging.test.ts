// The installer configuration (electron-builder, in package.json's "build"): installers cannot be
// built here (the builder downloads Electron), so this reads the configuration and checks what
// the packaged app depends on: the fuses that close Node-level back doors, the three platforms'
// targets, and that every folder the app reads at run time is packed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..', '..');
interface BuilderConfig {
  appId?: string;
  productName?: string;
  files?: string[];
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[] };
  mac?: { target?: string[] };
  win?: { target?: string[] };
}
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { main: string; build?: BuilderConfig; scripts: Record<string, string> };
const build = pkg.build ?? {};

describe('installer configuration', () => {
  it.each([
    // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node runtime.
    ['runAsNode', false],
    // NODE_OPTIONS could preload any script into the main process.
    ['enableNodeOptionsEnvironmentVariable', false],
    // --inspect would let another local process debug (and drive) the main process.
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    // The page is served from app://, so file:// needs no extra privileges.
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets the %s fuse to %s', (fuse, value) => {
    expect(build.electronFuses?.[fuse]).toBe(value);
  });

  it('builds an AppImage, a dmg and an NSIS installer', () => {
    expect(build.linux?.target).toContain('AppImage');
    expect(build.mac?.target).toContain('dmg');
    expect(build.win?.target).toContain('nsis');
    expect(build.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(build.productName).toBe('Dossier');
    expect(build.asar).toBe(true);
  });

  it('packs everything the app reads at run time', () => {
    const files = build.files ?? [];
    for (const needed of [pkg.main, 'out/preload/index.cjs', 'out/renderer/index.html', 'resources/companies/jpmorgan.json', 'templates/impact-brief.json', 'package.json']) {
      const covered = files.some((glob) => (glob.endsWith('/**/*') ? needed.startsWith(glob.slice(0, -4)) : glob === needed));
      expect(covered, needed).toBe(true);
    }
  });

  it('has a script that builds the installers where the builder can download Electron', () => {
    expect(pkg.scripts.dist).toMatch(/electron-vite build && .*electron-builder/);
  });
});
