// Facts about the machine a run happened on, for the report header.
// @ts-check
import { readFileSync } from 'node:fs';
import * as os from 'node:os';

export function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  let flags = '';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    cpu = /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpu;
    flags = /^flags\s*:\s*(.+)$/m.exec(info)?.[1] ?? '';
  } catch {}
  const simd = ['avx512f', 'avx2', 'fma', 'avx', 'sse4_2', 'neon', 'asimd'].filter((f) => flags.split(' ').includes(f));
  return {
    cpu,
    simd,
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadavg: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}
