// IPC channel names, kept free of zod so the sandboxed preload can import it.

/** The IPC channel name of a contract method. */
export function channelOf(name: string): string {
  return `replydesk:${name}`;
}
