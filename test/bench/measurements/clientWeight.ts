/**
 * Client weight from the Vite build manifest: the gzipped JavaScript and CSS a participant's phone
 * downloads before its screen shows, and the chair's room. A screen's download is the entry's
 * static-import closure plus, when the screen is a chunk of its own, that chunk's closure.
 * (The reference server has no client: no ratio.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { registerMeasurement } from '../registry.ts';

interface Chunk { file: string; imports?: string[]; css?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }
type Manifest = Record<string, Chunk>;

/** Source modules (relative to client/) whose chunk a screen needs once the entry has routed. */
export const SCREENS = {
  "participant's phone": ['features/participant/ParticipantRoom.tsx'],
  // The chair's room opens on the welcome step's editor.
  "chair's room": ['features/room/ChairRoom.tsx', 'features/welcome/WelcomeStep.tsx'],
} as const;

export function closure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const c = manifest[key];
    if (!c) return;
    files.add(c.file);
    for (const css of c.css ?? []) files.add(css);
    for (const i of c.imports ?? []) visit(i);
  };
  for (const k of keys) visit(k);
  return files;
}

export function gzippedKb(outDir: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(join(outDir, f))).length;
  return bytes / 1000;
}

registerMeasurement({
  name: 'client weight',
  async run(ctx) {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const outDir = mkdtempSync(join(tmpdir(), 'cr-bench-dist-'));
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
      const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
      const rows = Object.entries(SCREENS).map(([screen, modules]) => {
        const files = closure(manifest, [...entries, ...modules.filter((m) => manifest[m])]);
        return { group: 'client weight (gzipped JS + CSS)', figure: `${screen}, first download`, unit: 'kB', ours: gzippedKb(outDir, files), reference: null, better: 'lower' as const, ...(screen.startsWith('participant') ? { target: 150 } : {}) };
      });
      const all = gzippedKb(outDir, Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]).filter((f, i, a) => a.indexOf(f) === i));
      ctx.log(`client: ${all.toFixed(1)} kB gzipped in all chunks`);
      return rows;
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
});
