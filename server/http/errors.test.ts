import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENGLISH, msg } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { HttpError, conflict, errorBody, forbidden, invalid, invalidField, notFound, notReachable, refusal, tooManyAttempts, unauthenticated } from './errors.ts';

/** Issue 13: every error the server can answer is a catalogue message, so the client can show it in Welsh. */
describe('HttpError', () => {
  const made: [string, HttpError][] = [
    ['new HttpError', new HttpError(409, 'no_changes', msg('errors.record.noChanges', { version: 2 }))],
    ['notFound', notFound()],
    ['notReachable', notReachable()],
    ['forbidden', forbidden()],
    ['forbidden(msg)', forbidden(msg('errors.audit.adminOnly'))],
    ['conflict', conflict(msg('errors.scaling.closed'))],
    ['unauthenticated', unauthenticated()],
    ['tooManyAttempts', tooManyAttempts(600)],
    ['invalidField', invalidField('userId', msg('errors.staff.chooseChairOrNoteTaker'))],
    ['refusal', refusal(409, 'conflict', [msg('errors.scaling.closed'), msg('errors.forbidden')])],
    ['refusal with no reasons', refusal(409, 'conflict', [])],
    ['invalid', invalid(z.object({ name: z.string() }).safeParse({}).error!)],
  ];

  it.each(made)('%s carries a message id in the catalogue, and its English is that message', (_, e) => {
    expect(e.shown.id in ENGLISH).toBe(true);
    expect(e.message.startsWith(translate('en', e.shown))).toBe(true);
    expect(e.message).not.toMatch(/\{|\}/);
  });

  it('field errors carry each field by id, with the English by field for API users', () => {
    const e = invalidField('userId', msg('errors.staff.chooseChairOrNoteTaker'));
    expect(e.fieldMessages).toEqual([{ path: 'userId', id: 'errors.staff.chooseChairOrNoteTaker' }]);
    expect(e.fields).toEqual({ userId: 'Choose a chair or note taker.' });
    const r = refusal(400, 'invalid', [msg('errors.views.childrenOnly'), msg('errors.views.categoryUnknown')], 'decision');
    expect(r.fieldMessages).toEqual([{ path: 'decision', id: 'errors.views.childrenOnly' }]);
    expect(r.fields?.decision).toBe('Give a view for the children in this conference. Choose a kind of harm used in this conference.');
  });

  it('words values in each language', () => {
    const e = tooManyAttempts(61);
    expect(e.message).toBe('Too many attempts. Try again in 2 minutes.');
    expect(translate('cy', e.shown)).toBe('Gormod o ymdrechion. Rhowch gynnig arall arni ymhen 2 funud.');
    expect(tooManyAttempts(30).message).toBe('Too many attempts. Try again in 1 minute.');
  });

  it('cannot be made from English: the type system has no string overload', () => {
    // Checked by tsc (`npx tsc --noEmit`): were English accepted, these directives would fail as unused.
    const english = () => [
      // @ts-expect-error — a message is a Msg, never English
      new HttpError(400, 'invalid', 'Choose a child.'),
      // @ts-expect-error — likewise for the helpers
      forbidden('Only the chair can.'),
      // @ts-expect-error — and for conflicts
      conflict('Scoring is closed.'),
    ];
    expect(english).toBeTypeOf('function');
  });

  it('errorBody (answers outside a route) has the id too', () => {
    expect(JSON.parse(errorBody('not_found', msg('errors.pageNotFound')))).toEqual({ error: { code: 'not_found', message: 'We could not find that page.', id: 'errors.pageNotFound' } });
  });

  it('no server file writes an error body with English of its own', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
      }
    };
    walk(fileURLToPath(new URL('..', import.meta.url)));
    const english = /(message|error): *['`"][A-Z][a-z]+ [a-z]|HttpError\([^)]*['`"][A-Z][a-z]+ [a-z]|errorBody\([^)]*, *['`"]/;
    const found = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => english.test(l)).map((l) => `${f}: ${l.trim()}`));
    expect(found).toEqual([]);
  });
});
