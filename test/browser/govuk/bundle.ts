import { fileURLToPath } from 'node:url';
import type { Rollup } from 'vite';

/**
 * The components' examples page, bundled by Vite with the app's own configuration (React, SCSS):
 * the script (React included) and the compiled govuk-frontend CSS, ready to put into a blank page.
 */
export async function bundleExamples(): Promise<{ js: string; css: string }> {
  const { build } = await import('vite');
  const out = await build({
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    // Library mode leaves process.env.NODE_ENV to us: say the same mode the React plugin compiled JSX for.
    define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'production') },
    build: {
      write: false,
      cssCodeSplit: false,
      lib: { entry: fileURLToPath(new URL('./examples.tsx', import.meta.url)), formats: ['iife'], name: 'GovukExamples', fileName: 'examples' },
      // One script for a blank page: the app's chunk groups (vite.config.ts) do not apply to it.
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  let js = '';
  let css = '';
  for (const o of outputs.flatMap((r) => r.output)) {
    if (o.type === 'chunk') js += o.code;
    else if (o.fileName.endsWith('.css')) css += typeof o.source === 'string' ? o.source : new TextDecoder().decode(o.source);
  }
  return { js, css };
}
