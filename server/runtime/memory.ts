/**
 * Give memory back once no meeting is open on this instance. V8 frees a quiet heap's pages only
 * when its memory reducer runs, and that is armed by a full collection: after the last room
 * unloads nothing allocates enough to cause one, so a server that held fifty meetings kept their
 * pages for minutes (docs/performance.md, "after unload"). One full collection when the last room
 * goes, while nobody is connected to feel it, starts that; V8 then shrinks the heap on its own.
 * `gc` exists only when Node runs with --expose-gc (SERVER_NODE_FLAGS); without it this does nothing.
 */
export function releaseMemoryWhenIdle(): void {
  const gc = (globalThis as { gc?: (options?: { type: 'major'; execution: 'async' }) => void }).gc;
  gc?.({ type: 'major', execution: 'async' });
}
