import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { zodReasons } from '../result.ts';
import { personInputSchema, PERSON_DEFAULTS } from '../schema/person.ts';
import { translate } from './translate.ts';
import { issueMsg } from './zodErrors.ts';

const words = (locale: 'en' | 'cy', error: z.core.$ZodError) => error.issues.map((i) => translate(locale, issueMsg(i)));

describe('validation messages by id, in Welsh and English', () => {
  it('a check with no message of its own gets a general one by its kind, with the limit as a value', () => {
    const s = z.strictObject({
      name: z.string().check(z.maxLength(5)),
      age: z.number().check(z.int(), z.minimum(2)),
      pick: z.enum(['a', 'b']),
      list: z.array(z.string()).check(z.minLength(1)),
      need: z.string(),
    });
    const r = s.safeParse({ name: 'toolong', age: 1, pick: 'c', list: [], extra: 1 });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => issueMsg(i));
    expect(issues.map((m) => m.id)).toEqual(['validation.tooLong', 'validation.tooSmall', 'validation.choose', 'validation.tooFew', 'validation.required', 'validation.unrecognized']);
    expect(words('en', r.error!)[0]).toBe('Keep it to 5 characters or fewer');
    expect(words('cy', r.error!)[0]).toBe('Cadwch o i 5 nod neu lai');
    expect(words('cy', r.error!)[1]).toBe('Rhowch 2 neu fwy');
  });

  it("a schema's own message is an id, translated with the issue's values", () => {
    const r = personInputSchema.safeParse({ ...PERSON_DEFAULTS, name: 'x'.repeat(81), born: 'soon' });
    const reasons = zodReasons(r.error!);
    expect(reasons.map((m) => [m.path, m.id])).toEqual([
      ['name', 'validation.name.tooLong'],
      ['born', 'validation.person.yearOrDate'],
    ]);
    expect(reasons.map((m) => translate('cy', m))).toEqual(['Cadwch yr enw i 80 nod neu lai', 'Rhowch flwyddyn fel 1995, neu ddyddiad fel 1995-04-02']);
  });
});
