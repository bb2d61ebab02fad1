// `stride-notebook kernel install`: writes the kernelspec Jupyter (JupyterLab, VS Code, nbconvert,
// nbclient) uses to start the Stride kernel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const KERNEL_NAME = 'stride';

/** Jupyter's per-user data folder: $JUPYTER_DATA_DIR, else ~/.local/share/jupyter (Linux). */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['JUPYTER_DATA_DIR']) return env['JUPYTER_DATA_DIR'];
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Jupyter');
  return join(env['XDG_DATA_HOME'] || join(homedir(), '.local', 'share'), 'jupyter');
}

/** The kernel.json content: this Node runs the CLI's `kernel` command with the connection file. */
export function kernelSpec(cliPath: string): object {
  return {
    argv: [process.execPath, cliPath, 'kernel', '--connection-file', '{connection_file}'],
    display_name: 'Stride (TypeScript)',
    language: 'typescript',
    interrupt_mode: 'message',
    metadata: { debugger: false },
  };
}

/**
 * Writes `<dataDir>/kernels/stride/kernel.json` (dataDir: `--prefix P` gives P/share/jupyter,
 * else the user's Jupyter data folder). Returns the folder written.
 */
export function installKernelSpec(cliPath: string, options: { prefix?: string; dataDir?: string } = {}): string {
  const base = options.dataDir ?? (options.prefix ? join(options.prefix, 'share', 'jupyter') : userDataDir());
  const dir = join(base, 'kernels', KERNEL_NAME);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kernel.json'), `${JSON.stringify(kernelSpec(cliPath), null, 2)}\n`);
  return dir;
}
