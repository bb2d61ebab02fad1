// The Stride kernel as Jupyter runs it: `stride-notebook kernel --connection-file F`. Speaks the
// messaging protocol v5.3 over ZeroMQ (shell, control, stdin: ROUTER; iopub: PUB; heartbeat: REP)
// and runs cells on the same Kernel (supervisor + engine process) as the notebook server, so the
// heartbeat and the control channel answer even while a cell spins.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Publisher, Reply, Router } from 'zeromq';
import { completeness, typescriptVersion } from '../kernel/compile.js';
import type { MimeBundle } from '../kernel/display.js';
import { Kernel } from '../kernel/supervisor.js';
import { type Header, type Message, PROTOCOL_VERSION, Signer, decode, encode } from './wire.js';

/** A Jupyter connection file. */
export interface ConnectionInfo {
  transport: string;
  ip: string;
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
  key: string;
  signature_scheme: string;
}

type Frames = (Buffer | string)[];

/** A socket whose sends are queued (a zeromq v6 socket takes one send at a time). */
class Outbox {
  private chain: Promise<void> = Promise.resolve();
  constructor(private readonly socket: Router | Publisher) {}
  send(frames: Frames): Promise<void> {
    this.chain = this.chain.then(() => this.socket.send(frames)).catch(() => undefined);
    return this.chain;
  }
}

/** kernel_info_reply's content (TypeScript's version once the parser has loaded). */
export const kernelInfo = async (): Promise<object> => {
  const version = await typescriptVersion();
  return {
    status: 'ok',
    protocol_version: PROTOCOL_VERSION,
    implementation: 'stride',
    implementation_version: '0.1.0',
    language_info: {
      name: 'typescript',
      version,
      mimetype: 'text/typescript',
      file_extension: '.ts',
      pygments_lexer: 'typescript',
      codemirror_mode: { name: 'javascript', typescript: true },
    },
    banner: `Stride: TypeScript (${version}) with NumPy-style arrays, linear algebra and plots (import * as st from 'stride')`,
    help_links: [],
  };
};

/** Runs the kernel until a shutdown_request (or the process is ended). */
export async function serveJupyter(connectionFile: string): Promise<void> {
  const info = JSON.parse(readFileSync(connectionFile, 'utf8')) as ConnectionInfo;
  const signer = new Signer(info.key, info.signature_scheme || 'hmac-sha256');
  const session = randomUUID();
  const url = (port: number): string =>
    info.transport === 'ipc' ? `ipc://${info.ip}-${port}` : `tcp://${info.ip}:${port}`;

  const shell = new Router();
  const control = new Router();
  const stdin = new Router();
  const iopub = new Publisher();
  const hb = new Reply();
  await Promise.all([
    shell.bind(url(info.shell_port)),
    control.bind(url(info.control_port)),
    stdin.bind(url(info.stdin_port)),
    iopub.bind(url(info.iopub_port)),
    hb.bind(url(info.hb_port)),
  ]);
  const out = { shell: new Outbox(shell), control: new Outbox(control), iopub: new Outbox(iopub) };
  const kernel = new Kernel({ cwd: process.cwd() });
  await kernel.start();

  const publish = (msgType: string, content: object, parent: Partial<Header> | null): Promise<void> =>
    out.iopub.send(encode(signer, session, msgType, content, parent, [Buffer.from(`kernel.${session}.${msgType}`)]));
  const reply = (box: Outbox, msg: Message, content: object): Promise<void> =>
    box.send(encode(signer, session, msg.header.msg_type.replace(/_request$/, '_reply'), content, msg.header, msg.ids));
  const status = (state: 'busy' | 'idle' | 'starting', parent: Partial<Header> | null): Promise<void> =>
    publish('status', { execution_state: state }, parent);

  let stopping = false;
  const stop = async (): Promise<void> => {
    stopping = true;
    await kernel.shutdown();
    for (const s of [shell, control, stdin, iopub, hb]) s.close();
  };

  async function execute(msg: Message): Promise<void> {
    const code = String(msg.content['code'] ?? '');
    const silent = msg.content['silent'] === true;
    const parent = msg.header;
    const count = kernel.executionCount + 1;
    if (!silent) await publish('execute_input', { code, execution_count: count }, parent);
    let error: { ename: string; evalue: string; traceback: string[] } | null = null;
    const display = (data: MimeBundle): void => {
      void publish('display_data', { data, metadata: {}, transient: {} }, parent);
    };
    const result = await kernel.execute(code, {
      onStream: (name, text) => {
        if (!silent) void publish('stream', { name, text }, parent);
      },
      onDisplay: display,
      onResult: (data) => {
        if (!silent) void publish('execute_result', { execution_count: count, data, metadata: {} }, parent);
      },
      onError: (e) => {
        error = e;
        void publish('error', e, parent);
      },
    });
    const done = error as { ename: string; evalue: string; traceback: string[] } | null;
    if (result.status === 'ok') {
      await reply(out.shell, msg, {
        status: 'ok',
        execution_count: result.executionCount,
        user_expressions: {},
        payload: [],
      });
    } else if (result.status === 'aborted') {
      await reply(out.shell, msg, { status: 'aborted', execution_count: result.executionCount });
    } else {
      await reply(out.shell, msg, {
        status: 'error',
        execution_count: result.executionCount,
        ename: done?.ename ?? 'Error',
        evalue: done?.evalue ?? '',
        traceback: done?.traceback ?? [],
      });
    }
  }

  async function handle(box: Outbox, msg: Message): Promise<void> {
    const type = msg.header.msg_type;
    await status('busy', msg.header);
    try {
      switch (type) {
        case 'kernel_info_request':
          await reply(box, msg, await kernelInfo());
          break;
        case 'execute_request':
          await execute(msg);
          break;
        case 'complete_request': {
          const code = String(msg.content['code'] ?? '');
          const cursor = Number(msg.content['cursor_pos'] ?? code.length);
          const c = await kernel.complete(code, cursor);
          await reply(box, msg, {
            status: 'ok',
            matches: c.matches,
            cursor_start: c.start,
            cursor_end: c.end,
            metadata: {},
          });
          break;
        }
        case 'inspect_request': {
          const code = String(msg.content['code'] ?? '');
          const text = await kernel.inspect(code, Number(msg.content['cursor_pos'] ?? code.length));
          await reply(box, msg, {
            status: 'ok',
            found: text !== null,
            data: text === null ? {} : { 'text/plain': text },
            metadata: {},
          });
          break;
        }
        case 'is_complete_request': {
          const state = completeness(String(msg.content['code'] ?? ''));
          await reply(box, msg, state === 'incomplete' ? { status: state, indent: '  ' } : { status: state });
          break;
        }
        case 'history_request':
          await reply(box, msg, { status: 'ok', history: [] });
          break;
        case 'comm_info_request':
          await reply(box, msg, { status: 'ok', comms: {} });
          break;
        case 'interrupt_request':
          await kernel.interrupt();
          await reply(box, msg, { status: 'ok' });
          break;
        case 'shutdown_request': {
          const restart = msg.content['restart'] === true;
          if (restart) await kernel.restart();
          await reply(box, msg, { status: 'ok', restart });
          if (!restart) {
            await status('idle', msg.header);
            await stop();
            return;
          }
          break;
        }
        default:
          break; // unknown requests are ignored, as the protocol asks
      }
    } catch (e) {
      process.stderr.write(`stride kernel: ${type} failed: ${(e as Error).stack ?? String(e)}\n`);
    }
    await status('idle', msg.header);
  }

  // Heartbeat: echo.
  void (async () => {
    for await (const frames of hb) {
      if (stopping) break;
      await hb.send(frames);
    }
  })().catch(() => undefined);

  // Control runs alongside shell (interrupt while a cell runs).
  const controlLoop = (async () => {
    for await (const frames of control) {
      const msg = decode(frames, signer);
      if (msg !== null) void handle(out.control, msg);
      if (stopping) break;
    }
  })().catch(() => undefined);

  // Shell: one request at a time, in order.
  await status('starting', null);
  const shellLoop = (async () => {
    for await (const frames of shell) {
      const msg = decode(frames, signer);
      if (msg !== null) await handle(out.shell, msg);
      if (stopping) break;
    }
  })().catch(() => undefined);

  // stdin is bound (clients connect to it) but the kernel never asks for input.
  void (async () => {
    for await (const _ of stdin) if (stopping) break;
  })().catch(() => undefined);

  process.on('SIGINT', () => void kernel.interrupt());
  process.on('SIGTERM', () => void stop().then(() => process.exit(0)));
  await Promise.race([shellLoop, controlLoop]);
  if (!stopping) await stop();
}
