#!/usr/bin/env node
// compile: copies Mermaid's self-contained browser bundle (devDependency `mermaid`) to
// media/mermaid.min.js, which the ER diagram webview loads from the extension itself (no network).
'use strict';
const fs = require('fs');
const path = require('path');

const source = require.resolve('mermaid/dist/mermaid.min.js', { paths: [path.join(__dirname, '..')] });
const target = path.join(__dirname, '..', 'media', 'mermaid.min.js');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
console.log(`copy-mermaid: ${path.relative(process.cwd(), target)} (${(fs.statSync(target).size / 1048576).toFixed(1)} MB)`);
