import { buildClientIfNeeded } from './clientBuild.ts';

// `npm start`: build the web app if needed, then run the server.
try {
  console.log('Checking the web app build…');
  if (await buildClientIfNeeded()) console.log('Built the web app.');
  await import('./serve.ts');
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
