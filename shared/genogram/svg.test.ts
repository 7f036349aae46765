import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { project } from '../schema/project.ts';
import { genogramSvg } from './svg.ts';
import { genogramSentences } from './sentences.ts';
import { drawSampleFamily } from '../../test/support/genogramFixture.ts';

const children = [{ id: 'c1', name: 'Poppy Brightwater' }, { id: 'c2', name: 'Ellis Holloway-Brightwater' }];
const opts = { asOf: '2024-12-16', children, locale: 'en' as const };

function sample() {
  const d = { shared: new Y.Doc(), professional: new Y.Doc() };
  drawSampleFamily(d, { c1: 'c1', c2: 'c2' });
  return d;
}

describe('GS sentences and GV the picture for the record', () => {
  it('GS1 reads the family as sentences', () => {
    const d = sample();
    const s = genogramSentences(project(d.shared, d.professional).genogram, opts);
    expect(s).toContain('Kerys Brightwater, 29, mother of Poppy and Ellis, daughter of Alan and Glenys, ' +
      'divorced from Rhys (married 2014, divorced 2019), partner of Dean (since 2020), lives with Dean, Poppy and Ellis (Kerys and Dean’s home, 14 Heol Fictional). Prefers Welsh in writing.');
    expect(s).toContain('Alan Morgan (died 2019), father of Kerys and Bethan, widowed: was married to Glenys (married 1990).');
    expect(s.find((x) => x.startsWith('Poppy'))).toMatch(/^Poppy Brightwater, 8, one of the children this meeting is about, daughter of Rhys and Kerys/);
    expect(s).toContain('Dean and Kerys: abusive or violent (from Dean towards Kerys).');
    expect(s).toContain('In the safety network: Glenys Morgan (family), Nain to Poppy and Ellis: Comes when called with the code word; has the children overnight.');
  });

  it('GS1 reads the family in Welsh, with "ac" before a vowel', () => {
    const d = sample();
    const s = genogramSentences(project(d.shared, d.professional).genogram, { ...opts, locale: 'cy' });
    expect(s.find((x) => x.startsWith('Kerys'))).toMatch(/^Kerys Brightwater, 29, mam Poppy ac Ellis, merch Alan a Glenys, wedi ysgaru oddi wrth Rhys \(married 2014, divorced 2019\), partner Dean/);
    expect(s).toContain('Dean a Kerys: camdriniol neu dreisgar (gan Dean tuag at Kerys).');
    expect(s).toContain('Yn y rhwydwaith diogelwch: Glenys Morgan (teulu), Nain i Poppy ac Ellis: Comes when called with the code word; has the children overnight.');
  });

  it('GV1 draws the key and the words under each person in the language asked for', () => {
    const d = sample();
    const cy = genogramSvg(project(d.shared, d.professional).genogram, { ...opts, audience: 'professional', locale: 'cy' });
    for (const words of ['Allwedd', 'Wedi ysgaru', 'Oed 8', 'Rhwydwaith diogelwch', '(gweithwyr proffesiynol yn unig)', 'lang="cy"']) expect(cy.svg).toContain(words);
    expect(cy.svg).not.toMatch(/>(Key|Divorced|Age 8)</);
    // A label too long for its cell of the key takes two lines instead of running into the next one.
    expect(cy.svg).toContain('>Gweithwyr<');
  });

  it('GV1 the family picture has everyone the family may see and nothing restricted', () => {
    const d = sample();
    const family = genogramSvg(project(d.shared, null).genogram, { ...opts, audience: 'family' });
    for (const name of ['Glenys', 'Kerys', 'Poppy', 'Ellis', 'Safety network', 'Key', 'Divorced']) expect(family.svg).toContain(name);
    expect(family.svg).not.toContain('Ffordd Ffug');
    expect(family.alt).not.toContain('Ffordd Ffug');
    expect(family.svg).toMatch(/^<svg [^>]*viewBox/);
    const pro = genogramSvg(project(d.shared, d.professional).genogram, { ...opts, audience: 'professional' });
    expect(pro.svg).toContain('7 Ffordd Ffug (professionals only)');
    // Even handed a professional model, the family audience leaves restricted things out.
    expect(genogramSvg(project(d.shared, d.professional).genogram, { ...opts, audience: 'family' }).svg).not.toContain('Ffordd Ffug');
  });

  it('GV1 escapes names', () => {
    const d = { shared: new Y.Doc(), professional: null };
    drawSampleFamily({ shared: d.shared, professional: new Y.Doc() }, { c1: 'c1', c2: 'c2' });
    const g = project(d.shared, null).genogram;
    const evil = { ...g, people: g.people.map((p, i) => (i === 0 ? { ...p, name: '<script>x</script> & co' } : p)) };
    const out = genogramSvg(evil, { ...opts, audience: 'family' }).svg;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });
});
