// Jupyter's wire format (messaging protocol v5.3): a multipart ZeroMQ message
//   [routing ids..., "<IDS|MSG>", hmac, header, parent_header, metadata, content, buffers...]
// signed with HMAC-SHA256 over the four JSON frames, keyed by the connection file's key.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export const DELIMITER = '<IDS|MSG>';
export const PROTOCOL_VERSION = '5.3';

export interface Header {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

export interface Message {
  ids: Buffer[];
  header: Header;
  parent_header: Partial<Header>;
  metadata: Record<string, unknown>;
  content: Record<string, unknown>;
  buffers: Buffer[];
}

/** The signing side of a connection: `key` empty means unsigned (as Jupyter allows). */
export class Signer {
  constructor(
    private readonly key: string,
    scheme = 'hmac-sha256',
  ) {
    if (scheme !== 'hmac-sha256') throw new Error(`unsupported signature_scheme '${scheme}' (only hmac-sha256)`);
  }

  sign(frames: readonly (Buffer | string)[]): string {
    if (this.key === '') return '';
    const h = createHmac('sha256', this.key);
    for (const f of frames) h.update(f);
    return h.digest('hex');
  }

  verify(signature: string, frames: readonly Buffer[]): boolean {
    if (this.key === '') return true;
    const expected = Buffer.from(this.sign(frames));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/** Parses a received multipart message; null when it is malformed or its signature is wrong. */
export function decode(frames: Buffer[], signer: Signer): Message | null {
  const at = frames.findIndex((f) => f.toString() === DELIMITER);
  if (at < 0 || frames.length < at + 6) return null;
  const [sig, header, parent, metadata, content] = frames.slice(at + 1, at + 6) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  if (!signer.verify(sig.toString(), [header, parent, metadata, content])) return null;
  try {
    return {
      ids: frames.slice(0, at),
      header: JSON.parse(header.toString()) as Header,
      parent_header: JSON.parse(parent.toString()) as Partial<Header>,
      metadata: JSON.parse(metadata.toString()) as Record<string, unknown>,
      content: JSON.parse(content.toString()) as Record<string, unknown>,
      buffers: frames.slice(at + 6),
    };
  } catch {
    return null;
  }
}

/** Builds the frames of a message of `msgType` answering (or caused by) `parent`. */
export function encode(
  signer: Signer,
  session: string,
  msgType: string,
  content: object,
  parent: Partial<Header> | null,
  ids: Buffer[] = [],
  metadata: object = {},
): (Buffer | string)[] {
  const header: Header = {
    msg_id: randomUUID(),
    session,
    username: 'stride',
    date: new Date().toISOString(),
    msg_type: msgType,
    version: PROTOCOL_VERSION,
  };
  const parts = [header, parent ?? {}, metadata, content].map((p) => JSON.stringify(p));
  return [...ids, DELIMITER, signer.sign(parts), ...parts];
}
