/**
 * PJ2 — How projector content is laid out in frames (one column's height each) without ever
 * shrinking text: whole entries where they fit, headings kept with what follows, and an entry
 * taller than a frame cut between lines into slices that continue in the next frames. Pure
 * arithmetic on measured heights, so it is tested without a browser.
 */

/** One measured entry: its height, its line boxes ([top, bottom] from its own top), and whether it is a heading. */
export interface Measured {
  height: number;
  lines: readonly (readonly [number, number])[];
  keepWithNext: boolean;
}

/** A whole entry, or the part of a tall entry from `from` to `to` (pixels from its top). */
export interface Piece {
  index: number;
  slice?: { from: number; to: number; first: boolean; last: boolean };
}
export type Frame = Piece[];

/** Height of a "Continued" or "Continues on the next page" line on a slice. */
export const CONTINUED_NOTE = 40;

/** Where to cut a tall entry after `start`, fitting in `room`: the bottom of the last whole line that fits. */
function cutAfter(lines: Measured['lines'], start: number, room: number, height: number): { end: number; next: number } {
  const limit = start + room;
  if (limit >= height) return { end: height, next: height };
  let end = start;
  for (const [top, bottom] of lines) if (top >= start - 1 && bottom <= limit && bottom > end) end = bottom;
  // A single line taller than the frame (never at readable sizes): cut it rather than loop.
  if (end <= start) end = limit;
  const following = lines.filter(([top]) => top >= end - 1).map(([top]) => top);
  const next = following.length ? Math.max(end, Math.min(...following)) : end;
  return { end, next: Math.min(next, height) };
}

/** Slices of one tall entry: the first has `firstRoom` (what is left under a heading), the rest a whole frame. */
function sliceTall(m: Measured, firstRoom: number, frame: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let start = 0;
  while (start < m.height) {
    const room = (out.length === 0 ? firstRoom : frame - CONTINUED_NOTE) - CONTINUED_NOTE;
    // The last slice needs no "continues" line under it.
    const fitsWhole = start + room + CONTINUED_NOTE >= m.height;
    const { end, next } = fitsWhole ? { end: m.height, next: m.height } : cutAfter(m.lines, start, Math.max(room, 1), m.height);
    out.push({ from: start, to: end });
    if (next <= start) break;
    start = next;
  }
  return out;
}

/** A tall entry starts under what is already in a frame only if at least this much room is left. */
export const MIN_FIRST_SLICE = 200;

/** PJ2: lay measured entries into frames of height `frame`, with `gap` between entries. */
export function layoutFrames(entries: readonly Measured[], frame: number, gap: number): Frame[] {
  const frames: Frame[] = [];
  let current: Frame = [];
  let used = 0;
  const flush = () => {
    frames.push(current);
    current = [];
    used = 0;
  };
  const add = (piece: Piece, height: number) => {
    used = current.length ? used + gap + height : height;
    current.push(piece);
  };
  const isHeading = (p: Piece | undefined) => p !== undefined && !p.slice && entries[p.index]?.keepWithNext === true;
  /** Move a heading left last on a full frame on to the next, with what it introduces. */
  const newFrameKeepingHeading = () => {
    const last = current[current.length - 1];
    const carried = isHeading(last) && current.length > 1 ? current.pop() : undefined;
    if (carried) used -= (entries[carried.index]?.height ?? 0) + gap;
    if (current.length) flush();
    if (carried) add(carried, entries[carried.index]?.height ?? 0);
  };

  entries.forEach((m, index) => {
    const room = current.length ? frame - used - gap : frame;
    if (m.height <= room) return add({ index }, m.height);
    if (m.height <= frame) {
      newFrameKeepingHeading();
      if (current.length && frame - used - gap < m.height) flush();
      return add({ index }, m.height);
    }
    // Taller than a frame: cut between lines, continuing in the next frames.
    if (current.length && room < MIN_FIRST_SLICE) newFrameKeepingHeading();
    const slices = sliceTall(m, current.length ? frame - used - gap : frame, frame);
    slices.forEach((s, i) => {
      if (i > 0) flush();
      add({ index, slice: { ...s, first: i === 0, last: i === slices.length - 1 } }, (i === 0 ? 0 : CONTINUED_NOTE) + (s.to - s.from) + (i === slices.length - 1 ? 0 : CONTINUED_NOTE));
    });
  });
  if (current.length || frames.length === 0) frames.push(current);
  return frames;
}
