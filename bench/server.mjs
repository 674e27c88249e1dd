// The benchmark's own static server: the repository's files (dist/, the fixtures, the demo page),
// the bench pages, and bundles built in memory with esbuild. Everything is served from
// 127.0.0.1, so no page ever reaches the network. `?delay=ms` on any URL holds the response back,
// for pages whose data must arrive after first paint.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const root = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const HUES = ['#b3261e', '#1d6b3f', '#1f5aa6', '#6a3fa0', '#8a4b08', '#00695c', '#ad1457', '#455a64'];

/** A small, valid logo for `/bench/logo/<n>.svg`, so every image in a bench page loads. */
function logoSvg(n) {
  const hue = HUES[Number(n) % HUES.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="${hue}"/><text x="16" y="21" font-size="14" text-anchor="middle" fill="#fff" font-family="sans-serif">${n}</text></svg>`;
}

/**
 * Bundles a browser entry in memory. `minify` for what is measured (as a site would ship it);
 * `names` keeps the output readable, with esbuild's `// path` comment above each module, for the
 * CPU profile's attribution.
 */
export async function bundle(entry, { minify = true } = {}) {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** A throwaway self-signed certificate for 127.0.0.1 (browsers speak HTTP/2 only over TLS). */
function selfSigned() {
  const directory = mkdtempSync(join(tmpdir(), 'digest-bench-tls-'));
  const [key, cert] = [join(directory, 'key.pem'), join(directory, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Starts the server on a free port. `virtual` maps paths to strings (or functions returning
 * them) served before the file system: the in-memory bundles and generated pages. `cdn`: served
 * as a CDN serves scripts, over HTTP/2 (TLS, self-signed: the browser must ignore certificate
 * errors) and brotli-compressed; otherwise plain HTTP/1.1, uncompressed.
 */
export async function startServer(virtual = {}, { cdn = false } = {}) {
  const handle = async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 30_000)));
    const headers = {
      'cache-control': 'no-store',
      // Cross-origin isolation gives performance.now() its fine (5 µs) resolution.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
    };
    let path = url.pathname;
    const logo = /^\/bench\/logo\/(\d+)\.svg$/.exec(path);
    if (logo) {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.svg'] }).end(logoSvg(logo[1]));
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    if (path in virtual) {
      const body = typeof virtual[path] === 'function' ? await virtual[path]() : virtual[path];
      send(
        request,
        response,
        200,
        { ...headers, 'content-type': TYPES[extname(path)] ?? 'text/plain' },
        body,
      );
      return;
    }
    const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
    const file = join(root, relative);
    if (
      !file.startsWith(root) ||
      relative.split(sep).some((part) => part.startsWith('.') || part === 'node_modules')
    ) {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    try {
      const body = await readFile(file);
      send(
        request,
        response,
        200,
        {
          ...headers,
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        },
        body,
      );
    } catch {
      response.writeHead(404, headers).end('Not found');
    }
  };
  /** Text compressed with brotli when the CDN mode is on and the browser takes it. */
  const send = (request, response, status, headers, body) => {
    const text = /^(text|application\/json|image\/svg)/.test(headers['content-type']);
    if (cdn && text && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(status, { ...headers, 'content-encoding': 'br' });
      response.end(brotliCompressSync(body));
    } else {
      response.writeHead(status, headers);
      response.end(body);
    }
  };
  const server = cdn
    ? createSecureServer({ ...selfSigned(), allowHTTP1: true }, handle)
    : createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `${cdn ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
