#!/usr/bin/env node
// Runs the built CLI (npm run build, done by `npm ci` through the prepare script).
import '../dist/cli/main.js';
