import { describe, expect, it } from 'vitest';
import { sortByName } from './collate.ts';

describe('sorting names', () => {
  const names = ['Llinos', 'Lowri', 'Chris', 'Catrin', 'Ddafydd', 'Delyth', 'Fflur', 'Fiona', 'Ngaio', 'Gareth', 'Nia', 'Rhys', 'Robert', 'Thomas', 'Tomos', 'Philip', 'Pedr', 'Angharad'];

  it('in Welsh, ch, dd, ff, ng, ll, ph, rh and th are single letters', () => {
    expect(sortByName('cy', names, (n) => n)).toEqual([
      'Angharad', 'Catrin', 'Chris', 'Delyth', 'Ddafydd', 'Fiona', 'Fflur', 'Gareth', 'Ngaio',
      'Lowri', 'Llinos', 'Nia', 'Pedr', 'Philip', 'Robert', 'Rhys', 'Tomos', 'Thomas',
    ]);
  });

  it('in English, letter by letter', () => {
    expect(sortByName('en', names, (n) => n).slice(0, 6)).toEqual(['Angharad', 'Catrin', 'Chris', 'Ddafydd', 'Delyth', 'Fflur']);
  });
});
