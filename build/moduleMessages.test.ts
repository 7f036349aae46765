import { describe, expect, it } from 'vitest';
import { findMessageIds } from './moduleMessages.ts';

const KEYS = [
  'login.title', 'login.email', 'role.parent', 'role.chair', 'agenda.step.welcome.title', 'agenda.step.welcome.explanation',
  'agenda.step.scaling.title', 'agenda.section.past.title', 'errors.generic', 'errors.record.noChanges', 'help',
];
const ids = (code: string, file = 'x.tsx') => [...findMessageIds(code, file, KEYS)].sort();

describe('findMessageIds: the English messages a module brings to the browser', () => {
  it('takes string literals that are ids, in calls, JSX attributes and data', () => {
    expect(ids(`const t = useT(); const a = t('login.title'); const b = <T id="role.parent" />; const c = { x: "role.chair" };`)).toEqual(['login.title', 'role.chair', 'role.parent']);
    expect(ids('const a = `login.email`;', 'x.ts')).toEqual(['login.email']);
  });

  it('takes every id a template literal can build, matching its text around the values', () => {
    expect(ids('t(`role.${a.role}`)')).toEqual(['role.chair', 'role.parent']);
    expect(ids('const x = (id) => `agenda.step.${id}.title`;', 'x.ts')).toEqual(['agenda.step.scaling.title', 'agenda.step.welcome.title']);
  });

  it('takes every id a declared start names (usesMessages), and a whole id declared', () => {
    expect(ids(`usesMessages('errors.', 'role.parent');`, 'x.ts')).toEqual(['errors.generic', 'errors.record.noChanges', 'role.parent']);
    expect(ids(`usesMessages('errors.record.');`, 'x.ts')).toEqual(['errors.record.noChanges']);
  });

  it('ignores strings that are not ids, comments, and templates with no namespace before their first value', () => {
    const code = [
      "// t('login.title')",
      '/** `role.${r}` */',
      "const a = 'Login title'; const b = 'Sent.'; const c = 'login'; const e = 'login.title.extra';",
      'const h = `h${level}`; const d = `${ns}.title`;',
    ].join('\n');
    expect(ids(code, 'x.ts')).toEqual([]);
  });

  it('reads TypeScript as written (types, casts, satisfies)', () => {
    expect(ids(`const m: Record<string, MessageId> = { a: 'help' as MessageId } satisfies object; export type X = Foo<'x'>;`, 'x.ts')).toEqual(['help']);
  });
});
