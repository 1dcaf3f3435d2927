/**
 * Downloads for the helm install, under one deadline. The tool cache's downloader retries on its own
 * schedule and cannot be stopped: a hung mirror was reported "timed out" while its retries went on for
 * minutes. Here every request, retry pause and body read is bound to one AbortSignal — the install's
 * deadline — and ends when it fires. The caller gives the HTTP agent per URL, so that proxies are honoured
 * as the tool cache honours them (the Action passes @actions/http-client's: https_proxy, no_proxy).
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An HTTP status that is not 200, as the tool cache words it. */
export class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`Unexpected HTTP response: ${status}`);
    this.name = 'HttpStatusError';
  }
}

/** One deadline for several steps: its signal aborts whatever runs when the time is up. */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  readonly end: number;

  constructor(readonly ms: number) {
    this.end = Date.now() + ms;
    this.timer = setTimeout(() => this.controller.abort(new Error(`timed out after ${ms} ms`)), ms);
    this.timer.unref?.();
  }
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  get expired(): boolean {
    return this.controller.signal.aborted;
  }
  /** Milliseconds left (at least 1, so that a timer still fires). */
  remaining(): number {
    return Math.max(1, this.end - Date.now());
  }
  /** Stop the clock (the work is done) and abort anything still running. */
  dispose(): void {
    clearTimeout(this.timer);
    if (!this.controller.signal.aborted) this.controller.abort(new Error('finished'));
  }
}

export interface DownloadOptions {
  signal: AbortSignal;
  /** A body larger than this is refused (and deleted). */
  maxBytes: number;
  /** Attempts in all, for network errors and 5xx / 408 / 429 (default 3). */
  attempts?: number;
  userAgent?: string;
  /** The agent for a URL (proxies); Node's default agent when absent. */
  agent?: (url: string) => http.Agent | undefined;
}

const MAX_REDIRECTS = 10;

/** A pause that ends early (rejecting) when the signal aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(t);
      reject(signal.reason);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function retryable(e: unknown): boolean {
  if (e instanceof HttpStatusError) return e.status >= 500 || e.status === 408 || e.status === 429;
  return !(e instanceof RangeError);
}

/** Download `url` to the file `dest` (created; deleted again on failure). Retries within the signal's time. */
export async function download(url: string, dest: string, opts: DownloadOptions): Promise<void> {
  const attempts = opts.attempts ?? 3;
  for (let k = 1; ; k++) {
    try {
      await attempt(url, dest, opts);
      return;
    } catch (e) {
      await rm(dest, { force: true });
      if (opts.signal.aborted) throw opts.signal.reason;
      if (k >= attempts || !retryable(e)) throw e;
    }
    await pause(1000 * 2 ** (k - 1), opts.signal);
  }
}

async function attempt(url: string, dest: string, opts: DownloadOptions): Promise<void> {
  let target = new URL(url);
  for (let hop = 0; ; hop++) {
    const res = await get(target, opts);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if ([301, 302, 303, 307, 308].includes(status) && location) {
      res.resume();
      const next = new URL(location, target);
      if (hop >= MAX_REDIRECTS) throw new Error(`too many redirects from ${url}`);
      if (target.protocol === 'https:' && next.protocol !== 'https:')
        throw new Error(`${target.href} redirects to ${next.href}, from https to plain http: refused`);
      target = next;
      continue;
    }
    if (status !== 200) {
      res.resume();
      throw new HttpStatusError(status);
    }
    const declared = Number(res.headers['content-length']);
    if (declared > opts.maxBytes) {
      res.destroy();
      throw new RangeError(`${url} is ${declared} bytes, more than the ${opts.maxBytes} allowed`);
    }
    let n = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        n += chunk.length;
        if (n > opts.maxBytes) cb(new RangeError(`${url} is more than the ${opts.maxBytes} bytes allowed`));
        else cb(null, chunk);
      },
    });
    await pipeline(res, cap, createWriteStream(dest, { flags: 'wx' }), { signal: opts.signal });
    return;
  }
}

function get(url: URL, opts: DownloadOptions): Promise<http.IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return Promise.reject(new Error(`not an http(s) URL: ${url.href}`));
  const agent = opts.agent?.(url.href);
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      {
        host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
        path: url.pathname + url.search,
        method: 'GET',
        headers: { 'user-agent': opts.userAgent ?? 'helm-guard' },
        ...(agent ? { agent } : {}),
        signal: opts.signal,
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}
