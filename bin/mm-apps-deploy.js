#!/usr/bin/env node
// The mm-apps-deploy command: the CLI bundled by ncc (npm run build).
import "../dist/cli/index.js";
