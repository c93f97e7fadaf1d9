#!/usr/bin/env node
// prepackage: copies the server jar built by Maven (../server/target/strata.jar) to server/strata.jar,
// where the extension looks for it. STRATA_JAR=/path/to/strata.jar overrides the source.
'use strict';
const fs = require('fs');
const path = require('path');

const source = path.resolve(process.env.STRATA_JAR || path.join(__dirname, '..', '..', 'server', 'target', 'strata.jar'));
const target = path.join(__dirname, '..', 'server', 'strata.jar');
if (!fs.existsSync(source)) {
  console.error(`copy-server: ${source} does not exist; build it first with \`mvn -B -q -DskipTests package\` in the repository root`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
console.log(`copy-server: ${path.relative(process.cwd(), target)} (${(fs.statSync(target).size / 1048576).toFixed(1)} MB) from ${source}`);
