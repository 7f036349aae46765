/**
 * Client weight from the Vite build manifest: the gzipped JavaScript and, in a row of its own, CSS
 * that a device downloads before its first screen shows. A download is the static-import closure
 * (chunks and their CSS) of the entry, of the screen's own chunk, and of the first view inside it:
 * - a participant's phone: the participant's room and the step view it lands on. Each step's view
 *   is a chunk of its own (client/features/participantSteps.tsx) and a phone can join at any step,
 *   so the heaviest step counts (the bench log names it); the 150 kB target is its JavaScript;
 * - the chair's room, which opens on the welcome step's editor.
 * (The reference server has no client: no ratio.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { registerMeasurement } from '../registry.ts';

interface Chunk { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }
type Manifest = Record<string, Chunk>;

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Source modules (relative to client/, as the manifest names them) whose chunk a screen needs once the entry has routed. */
const PARTICIPANT_ROOM = 'features/participant/ParticipantRoom.tsx';
// The chair's room opens on the welcome step's editor.
const CHAIR_ROOM = ['features/room/ChairRoom.tsx', 'features/welcome/WelcomeStep.tsx'];

/** The participant's step views, as participantSteps.tsx imports them (one `import('./…')` each). */
export function participantStepModules(): string[] {
  const registry = readFileSync(join(ROOT, 'client/features/participantSteps.tsx'), 'utf8');
  return [...new Set([...registry.matchAll(/import\('\.\/([^']+)'\)/g)].map((m) => `features/${m[1]}`))];
}

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

/** Gzipped kB of the files' JavaScript and CSS apart. */
export function gzippedKb(outDir: string, files: Iterable<string>): { js: number; css: number } {
  const kb = { js: 0, css: 0 };
  for (const f of files) kb[f.endsWith('.css') ? 'css' : 'js'] += gzipSync(readFileSync(join(outDir, f))).length / 1000;
  return kb;
}

registerMeasurement({
  name: 'client weight',
  async run(ctx) {
    const outDir = mkdtempSync(join(tmpdir(), 'cr-bench-dist-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
      const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
      const download = (keys: readonly string[]) => gzippedKb(outDir, closure(manifest, [...entries, ...keys]));

      const steps = participantStepModules();
      const missing = steps.filter((s) => !manifest[s]);
      if (missing.length) throw new Error(`participant step views without a chunk of their own: ${missing.join(', ')}`);
      const [heaviest, participant] = steps
        .map((s) => [s, download([PARTICIPANT_ROOM, s])] as const)
        .reduce((a, b) => (b[1].js > a[1].js ? b : a));
      const room = download([PARTICIPANT_ROOM]);
      ctx.log(`participant's phone: heaviest step view ${heaviest} (+${(participant.js - room.js).toFixed(1)} kB JS over the room's ${room.js.toFixed(1)} kB)`);
      const chair = download(CHAIR_ROOM);
      const all = gzippedKb(outDir, new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])])));
      ctx.log(`client: ${all.js.toFixed(1)} kB JS + ${all.css.toFixed(1)} kB CSS gzipped in all chunks`);

      const row = (figure: string, kb: number, target?: number) => ({ group: 'client weight (gzipped), first download', figure, unit: 'kB', ours: kb, reference: null, better: 'lower' as const, ...(target ? { target } : {}) });
      return [
        row("participant's phone, heaviest step: JavaScript", participant.js, 150),
        row("participant's phone, heaviest step: CSS", participant.css),
        row("chair's room: JavaScript", chair.js),
        row("chair's room: CSS", chair.css),
      ];
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
});
