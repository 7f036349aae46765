import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../test/support/process.ts';
import { parseUserAddArgs, staffRoleFrom } from './userAddArgs.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cr-useradd-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run user:add', () => {
  it('accepts the role as people see it on screen ("note taker")', () => {
    expect(staffRoleFrom('note taker')).toBe('notetaker');
    expect(staffRoleFrom('Note-taker')).toBe('notetaker');
    expect(staffRoleFrom('Chair')).toBe('chair');
    expect(staffRoleFrom('administrator')).toBe('admin');
    expect(staffRoleFrom('king')).toBeNull();
    const r = parseUserAddArgs(['--email', 'T@Example.org', '--name', 'Tomos', '--role', 'note taker']);
    expect(r).toEqual({ kind: 'ok', args: { email: 't@example.org', name: 'Tomos', role: 'notetaker' } });
  });

  it('names every role when one is refused, and turns an unknown option into a message, not a stack trace', () => {
    const bad = parseUserAddArgs(['--email', 'a@b.org', '--name', 'X', '--role', 'king']);
    expect(bad.kind).toBe('error');
    expect(JSON.stringify(bad)).toContain('notetaker (Note taker)');
    expect(parseUserAddArgs(['--colour', 'blue']).kind).toBe('error');
  });

  it('prints usage on --help, with the roles, the password minimum and DATA_DIR', async () => {
    const r = await runCli('server/cli/userAdd.ts', ['--help'], '', { DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    expect(r.output).toContain('Usage: npm run user:add');
    expect(r.output).toContain('notetaker (Note taker)');
    expect(r.output).toContain('at least 12 characters');
    expect(r.output).toContain('DATA_DIR');
    expect(r.output).not.toMatch(/\n\s+at /);
  });

  it('says which store it writes to and the password minimum before reading the password', async () => {
    const r = await runCli('server/cli/userAdd.ts', ['--email', 'tomos@example.org', '--name', 'Tomos Price', '--role', 'note taker'], 'correct horse battery staple\n', { DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    const store = r.output.indexOf(`Store: ${join(dataDir, 'conference-room.sqlite')}`);
    const rule = r.output.indexOf('The password must be at least 12 characters.');
    expect(store).toBeGreaterThanOrEqual(0);
    expect(rule).toBeGreaterThan(store);
    expect(r.output.indexOf('Added notetaker Tomos Price')).toBeGreaterThan(rule);
    expect(r.output).toContain('There is no store here yet');
  });
});
