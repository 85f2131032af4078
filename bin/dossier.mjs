#!/usr/bin/env node
// Kept so `node bin/dossier.mjs …` still works: the command is bin/dossier.cjs (a CommonJS entry
// starts a few ms sooner than an ES module one).
import './dossier.cjs';
