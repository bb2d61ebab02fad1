// stride-notebook: the command line of the Stride notebook.
//
//   stride-notebook [dir] [--port N] [--host H] [--no-token]   serve the notebook UI (default)
//   stride-notebook run FILE.ipynb... [--timeout S] [--allow-errors]   execute headlessly, in place
//   stride-notebook kernel install [--prefix P | --data-dir D]   write Jupyter's kernelspec
//   stride-notebook kernel --connection-file F                   the Jupyter kernel (Jupyter starts it)
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `usage:
  stride-notebook [dir] [--port N] [--host 127.0.0.1] [--no-token]
  stride-notebook run FILE.ipynb... [--timeout SECONDS] [--allow-errors]
  stride-notebook kernel install [--prefix PATH | --data-dir PATH]
  stride-notebook kernel --connection-file FILE`;

const cliPath = fileURLToPath(import.meta.url);
const DEFAULT_PORT = 8765;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'run') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { timeout: { type: 'string' }, 'allow-errors': { type: 'boolean' } },
    });
    if (positionals.length === 0) throw new Error(`run: give a notebook file\n${USAGE}`);
    const { runNotebookFile } = await import('./notebook/run.js');
    let failed = 0;
    for (const file of positionals) {
      const report = await runNotebookFile(file, {
        ...(values.timeout ? { timeout: Number(values.timeout) } : {}),
        allowErrors: values['allow-errors'] === true,
      });
      const errs = report.errors.map((e) => `\n  cell ${e.index}: ${e.ename}: ${e.evalue}`).join('');
      console.log(
        `${file}: ${report.cells} code cells in ${report.seconds.toFixed(2)} s, ${report.errors.length} errors${errs}`,
      );
      if (report.errors.length > 0) failed++;
    }
    return failed === 0 ? 0 : 1;
  }
  if (command === 'kernel') {
    if (rest[0] === 'install') {
      const { values } = parseArgs({
        args: rest.slice(1),
        options: { prefix: { type: 'string' }, 'data-dir': { type: 'string' }, user: { type: 'boolean' } },
      });
      const { installKernelSpec } = await import('./jupyter/kernelspec.js');
      const dir = installKernelSpec(cliPath, {
        ...(values.prefix ? { prefix: values.prefix } : {}),
        ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
      });
      console.log(`installed the Jupyter kernelspec 'stride' in ${dir}`);
      return 0;
    }
    const { values } = parseArgs({ args: rest, options: { 'connection-file': { type: 'string', short: 'f' } } });
    const file = values['connection-file'];
    if (!file) throw new Error(`kernel: --connection-file is required\n${USAGE}`);
    const { serveJupyter } = await import('./jupyter/kernel.js');
    await serveJupyter(file);
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'no-token': { type: 'boolean' },
    },
  });
  const { startServer } = await import('./server/server.js');
  const start = (port: number) =>
    startServer({
      root: positionals[0] ?? process.cwd(),
      port,
      host: values.host ?? '127.0.0.1',
      token: values['no-token'] ? null : undefined,
    });
  // A fixed port a person can bookmark, unless it is taken (then any free one).
  const server = values.port
    ? await start(Number(values.port))
    : await start(DEFAULT_PORT).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'EADDRINUSE') return start(0);
        throw e;
      });
  console.log(`Stride notebook: ${server.url}`);
  const close = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  return new Promise<number>(() => undefined);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
