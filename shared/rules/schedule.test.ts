import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { project } from '../schema/project.ts';
import { setStep } from '../commands/meeting.ts';
import { meetingStarted, pastStartWarning } from './schedule.ts';

describe('SD1 the meeting has started', () => {
  it('not while the room is on the welcome step with nothing recorded; yes once it moves on, and it stays started', () => {
    const shared = new Y.Doc();
    const d = { shared, professional: null };
    expect(meetingStarted(project(shared, null))).toBe(false);
    setStep(d, 'reports');
    expect(meetingStarted(project(shared, null))).toBe(true);
  });
});

describe('SD2 a start in the past is warned about', () => {
  const now = '2026-11-30T09:00';
  it('no warning for a future start', () => {
    expect(pastStartWarning('2026-12-01T10:00', 120, now)).toBeNull();
  });
  it('warns for earlier today, and says links would not work once the meeting ended over a day ago', () => {
    expect(pastStartWarning('2026-11-30T08:00', 120, now)).toEqual({ id: 'rules.schedule.past' });
    expect(pastStartWarning('2025-11-28T10:00', 120, now)).toEqual({ id: 'rules.schedule.pastLinksDead' });
  });
  it('says nothing about an incomplete date', () => {
    expect(pastStartWarning('2026-11-T', 120, now)).toBeNull();
  });
});
