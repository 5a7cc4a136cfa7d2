import { INPUTS, STAGES } from './probe.ts';
const names = process.argv[2] === 'all' ? Object.keys(INPUTS) : process.argv[2]!.split(',');
const stage = process.argv[3] ?? 'document';
const n = Number(process.argv[4] ?? 1_000_000);
for (const name of names) {
  const t = INPUTS[name]!(n);
  const a = performance.now();
  let err = '';
  try { STAGES[stage]!(t); } catch (e) { err = (e as Error).message; }
  console.log(stage, name.padEnd(14), (performance.now() - a).toFixed(0) + 'ms', err);
}
