// Entry point of the GitHub Action (action.yml runs.main, built to dist/index.js).
import './threadpool.js';
import { run } from './action/main.js';

await run();
