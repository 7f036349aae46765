import { describe, expect, it } from 'vitest';
import { whoIsHere } from './whoIsHere.ts';

describe('WH1 who is here', () => {
  it('lists the chair and note taker first, then people present; never the projector or anyone sending apologies', () => {
    const people = whoIsHere(
      [
        { id: 'a1', name: 'Kerys Brightwater', role: 'parent', agency: 'Mother', attendance: 'present', languageNeeded: '', interpreterBooked: false },
        { id: 'a2', name: 'Projector', role: 'projector', agency: '', attendance: 'present', languageNeeded: '', interpreterBooked: false },
        { id: 'a3', name: 'Dr Rhys Owen', role: 'gp', agency: 'Afonwen Surgery', attendance: 'apologies', languageNeeded: '', interpreterBooked: false },
      ],
      [
        { id: 'u2', name: 'Tomos Price', role: 'notetaker' },
        { id: 'a2', name: 'Projector', role: 'projector' },
        { id: 'u1', name: 'Gwen Ashcombe', role: 'chair' },
      ],
    );
    expect(people.map((p) => `${p.name} (${p.role})`)).toEqual(['Gwen Ashcombe (chair)', 'Tomos Price (notetaker)', 'Kerys Brightwater (parent)']);
  });
});
