import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { TestServer } from './server.ts';
import { ApiClient, SAMPLE_CONFERENCE } from './api.ts';
import { FIXTURE_PEOPLE, seedFixture } from './fixture.ts';
import { drawSampleFamily } from './genogramFixture.ts';
import { roomNames } from '../../shared/schema/docLayout.ts';

const run = promisify(execFile);

export interface SeededConference {
  id: string;
  children: { id: string; name: string }[];
  attendeeIds: Map<string, string>;
  /** Invite tokens by name, for joining as that person during the meeting. */
  invites: Map<string, string>;
}

/** A conference with the sample's people invited (and a projector), and the whole sample written into its documents. */
export async function seedConference(server: TestServer, chair: ApiClient, startsAt = '2024-12-16T10:00'): Promise<SeededConference> {
  // By default on the sample's own date, so its expected deadlines appear in the documents.
  const created = await chair.post('/api/conferences', { ...SAMPLE_CONFERENCE, startsAt });
  expect(created.status).toBe(201);
  const id: string = created.body.conference.id;
  const attendeeIds = new Map<string, string>();
  const invites = new Map<string, string>();
  for (const p of [...FIXTURE_PEOPLE, { name: 'Room projector', role: 'projector', agency: '', attendance: 'present' }]) {
    const r = await chair.post(`/api/conferences/${id}/invites`, p);
    expect(r.status).toBe(201);
    attendeeIds.set(p.name, r.body.attendee.id);
    invites.set(p.name, r.body.token);
  }
  const children = created.body.conference.children as { id: string; name: string }[];
  const names = roomNames(id);
  await server.registry.withRoom(names.shared, (shared) =>
    server.registry.withRoom(names.professional, (professional) => {
      const docs = { shared: shared.doc, professional: professional.doc };
      seedFixture(docs, children, attendeeIds);
      drawSampleFamily(docs, { c1: children[0]!.id, c2: children[1]!.id });
    }));
  return { id, children, attendeeIds, invites };
}

/** Every part of a .docx (a zip) as text: document, headers, footers, comments, properties, relationships. */
export async function docxParts(bytes: Uint8Array | Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir && !name.startsWith('word/media/')) out.set(name, await file.async('string'));
  }
  return out;
}

/** The text of word/document.xml's text runs, with XML entities decoded and line breaks as "\n". */
export function documentText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Open each .docx in LibreOffice (headless), convert to PDF and return each PDF's text, whitespace collapsed. */
export async function pdfTexts(files: Record<string, Uint8Array | Buffer>): Promise<Record<string, { text: string; pages: number; pdf: string }>> {
  const dir = mkdtempSync(join(tmpdir(), 'cr-pdf-'));
  const profile = mkdtempSync(join(tmpdir(), 'cr-lo-'));
  try {
    const paths = Object.entries(files).map(([name, bytes]) => {
      const p = join(dir, `${name}.docx`);
      writeFileSync(p, bytes);
      return p;
    });
    // A profile of its own, so parallel conversions (and a user's LibreOffice) do not collide.
    await run('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { timeout: 120_000 });
    const out: Record<string, { text: string; pages: number; pdf: string }> = {};
    for (const name of Object.keys(files)) {
      const pdf = join(dir, `${name}.pdf`);
      // -raw keeps the order text was written in, so a table cell's words stay together.
      const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']);
      const info = await run('pdfinfo', [pdf]);
      const keep = join(tmpdir(), `cr-record-${name}-${process.pid}.pdf`);
      writeFileSync(keep, readFileSync(pdf));
      out[name] = { text: squash(stdout), pages: Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0), pdf: keep };
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Whitespace collapsed, and a word broken after its hyphen at the end of a line joined again. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(\w)- (?=\w)/g, '$1-');
}

/** Download a response body as bytes. */
export async function download(client: ApiClient, path: string, body?: unknown): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const res = await fetch(client.baseUrl + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(client.cookie ? { cookie: client.cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json', origin: client.origin }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}
