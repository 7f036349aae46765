/**
 * Give memory back once no meeting is open on this instance. V8 frees a quiet heap's pages only
 * when its memory reducer runs, and that is armed by a full collection: after the last room
 * unloads nothing allocates enough to cause one, so a server that held fifty meetings kept their
 * pages for minutes (docs/performance.md, "after unload"). Full collections when the last room
 * goes, while nobody is connected to feel them, give the pages back at once.
 * Two in a row: measured after 200 rooms unloaded, one leaves their old-space pages committed
 * and sparse (44 MB for 19 MB of live objects); the second moves the survivors and frees the
 * pages (21 MB; resident 122 → 101 MB against 89 at idle). Each took 80–100 ms on a busy machine.
 * `gc` exists only when Node runs with --expose-gc (SERVER_NODE_FLAGS); without it this does nothing.
 */
export function releaseMemoryWhenIdle(): void {
  const gc = (globalThis as { gc?: (options?: { type: 'major'; execution: 'async' }) => void }).gc;
  if (!gc) return;
  gc({ type: 'major', execution: 'async' });
  gc({ type: 'major', execution: 'async' });
}
