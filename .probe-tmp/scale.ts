import { INPUTS, STAGES } from './probe.ts';
const [names, stage, base, maxMs] = [process.argv[2]!.split(','), process.argv[3]!, Number(process.argv[4] ?? 10000), Number(process.argv[5] ?? 10000)];
for (const name of names) {
  const make = INPUTS[name]!; const f = STAGES[stage]!;
  const out: string[] = [];
  for (let n = base; n <= base * 16; n *= 2) {
    let best = Infinity;
    for (let k = 0; k < 2; k++) { const t = make(n); const a = performance.now(); f(t); best = Math.min(best, performance.now() - a); }
    out.push(`${n}:${best.toFixed(0)}`);
    if (best > maxMs) break;
  }
  console.log(stage, name.padEnd(14), out.join(' '));
}
