import { fileURLToPath } from 'node:url';
import { buildClientIfNeeded } from '../../server/clientBuild.ts';

/** The browser tests' copy of the client, apart from dist/ so a running `npm start` is untouched. */
export const TEST_DIST = fileURLToPath(new URL('../../node_modules/.cache/cr-test-dist', import.meta.url));

export default async function setup(): Promise<void> {
  await buildClientIfNeeded(TEST_DIST);
}
