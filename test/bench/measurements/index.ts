// Every measurement the bench runs, in order. Add yours with one import line (see ../registry.ts):
// export time, genogram layout and cross-instance fan-out register here the same way.
import './fanout.ts';
import './intents.ts';
import './join.ts';
import './writes.ts';
import './memory.ts';
import './clientWeight.ts';
import './genogram.ts';
import './crossInstance.ts';
import './recordExport.ts';
