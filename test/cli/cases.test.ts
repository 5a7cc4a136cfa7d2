// CLI behaviour as case folders: args.json, optional stdin, and expected/{stdout,stderr,code}.
// Regenerate the expected files after an intended change with: UPDATE_CASES=1 npx vitest run test/cli
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const casesDir = path.join(root, 'test/cli/cases');
const update = process.env.UPDATE_CASES === '1';

describe('CLI cases', () => {
  for (const name of readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, name);
    if (!existsSync(path.join(dir, 'args.json'))) continue;
    it(name, () => {
      const args = JSON.parse(readFileSync(path.join(dir, 'args.json'), 'utf8')) as string[];
      const stdinFile = path.join(dir, 'stdin');
      const r = spawnSync(process.execPath, [path.join(root, 'bin/claimtab.js'), ...args], {
        cwd: root,
        input: existsSync(stdinFile) ? readFileSync(stdinFile) : '',
        env: { ...process.env, TZ: 'Pacific/Kiritimati', NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      });
      const got = { stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), code: String(r.status) + '\n' };
      const expectedDir = path.join(dir, 'expected');
      if (update) {
        mkdirSync(expectedDir, { recursive: true });
        for (const [k, v] of Object.entries(got)) writeFileSync(path.join(expectedDir, k), v);
      }
      for (const [k, v] of Object.entries(got)) {
        expect(v, `${name}: ${k}`).toBe(readFileSync(path.join(expectedDir, k), 'utf8'));
      }
    }, 60_000); // each case starts a node process: seconds on a loaded machine
  }
});
