// Preload (built as CommonJS: a sandboxed preload cannot load ES modules). Exposes window.dossier
// and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../../src/shared/transport';
import { createBridge } from './createBridge';

const bridge: DesktopBridge = createBridge(ipcRenderer);
contextBridge.exposeInMainWorld('dossier', bridge);
