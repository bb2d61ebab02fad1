import { fileURLToPath } from 'node:url';
import type { MimeBundle } from '../src/kernel/display.js';
import type { ErrorContent } from '../src/kernel/messages.js';
import { Kernel } from '../src/kernel/supervisor.js';

export const appDir = fileURLToPath(new URL('..', import.meta.url));
export const enginePath = fileURLToPath(new URL('../dist/engine.js', import.meta.url));

export interface Collected {
  status: string;
  stdout: string;
  stderr: string;
  displays: MimeBundle[];
  result: MimeBundle | null;
  error: ErrorContent | null;
}

/** Runs a cell and gathers everything it produced. */
export async function run(kernel: Kernel, code: string): Promise<Collected> {
  const out: Collected = { status: '', stdout: '', stderr: '', displays: [], result: null, error: null };
  const reply = await kernel.execute(code, {
    onStream: (name, text) => {
      out[name] += text;
    },
    onDisplay: (d) => out.displays.push(d),
    onResult: (d) => {
      out.result = d;
    },
    onError: (e) => {
      out.error = e;
    },
  });
  out.status = reply.status;
  return out;
}

export const newKernel = (options: ConstructorParameters<typeof Kernel>[0] = {}): Kernel =>
  new Kernel({ enginePath, cwd: appDir, ...options });
