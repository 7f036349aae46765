import { describe, expect, it } from 'vitest';
import { formatByWhen, formatClock, formatDate, formatDateTime, formatDayDate, formatInstant, formatNumber, formatTime } from './format.ts';

describe('formatting in each language', () => {
  it('conference times read as written, in English and Welsh', () => {
    expect(formatDateTime('en', '2025-03-14T10:00')).toBe('Friday 14 March 2025 at 10:00am');
    expect(formatDateTime('en', '2025-03-14T14:30')).toBe('Friday 14 March 2025 at 2:30pm');
    expect(formatDateTime('cy', '2025-03-14T10:00')).toBe('Dydd Gwener 14 Mawrth 2025 am 10:00yb');
    expect(formatDateTime('cy', '2025-03-14T14:30')).toBe('Dydd Gwener 14 Mawrth 2025 am 2:30yp');
    expect(formatDateTime('en', 'not a date')).toBe('not a date');
  });

  it('dates and deadlines', () => {
    expect(formatDate('en', '2024-12-17')).toBe('17 December 2024');
    expect(formatDate('cy', '2024-12-17')).toBe('17 Rhagfyr 2024');
    expect(formatDate('cy', null)).toBe('');
    expect(formatDayDate('en', '2024-12-17')).toBe('Tuesday 17 December 2024');
    expect(formatDayDate('cy', '2024-12-17')).toBe('Dydd Mawrth 17 Rhagfyr 2024');
    expect(formatByWhen('cy', '2024-12-17')).toBe('17 Rhagfyr 2024');
    expect(formatByWhen('cy', 'cyn y Nadolig')).toBe('cyn y Nadolig');
  });

  it('times of day are London time, whatever the device zone', () => {
    expect(formatTime('en', '2025-07-01T09:05:00Z')).toBe('10:05');
    expect(formatTime('cy', '2025-01-01T09:05:00Z')).toBe('09:05');
    expect(formatTime('en', '')).toBe('');
  });

  it('instants read in London time, and clock times', () => {
    expect(formatInstant('en', '2024-12-17T15:05:00Z')).toBe('17 December 2024 at 3:05pm');
    expect(formatInstant('cy', '2026-07-01T08:30:00Z')).toBe('1 Gorffennaf 2026 am 9:30yb');
    expect(formatInstant('cy', 'nonsense')).toBe('nonsense');
    expect(formatClock('cy', '17:00')).toBe('5:00yp');
    expect(formatDayDate('cy', '2026-11-30')).toBe('Dydd Llun 30 Tachwedd 2026');
  });

  it('numbers', () => {
    expect(formatNumber('en', 1250)).toBe('1,250');
    expect(formatNumber('cy', 1250.5)).toBe('1,250.5');
  });
});
