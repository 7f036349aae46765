import { mkdirSync } from 'node:fs';

/** Where browser tests leave screenshots for a person to look at after the run. */
export const SHOTS = 'node_modules/.cache/cr-screenshots';
mkdirSync(SHOTS, { recursive: true });
