// Serves the demo page and the built bundles on localhost, the way a publisher's site would.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

function resolveFile(urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root) || relative.split(sep).some((part) => part.startsWith('.'))) return undefined;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return resolveFile(join(urlPath, 'index.html'));
    return stats.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const server = createServer((request, response) => {
  const file = resolveFile(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
});

let port = Number(process.env.PORT ?? 8000);
server.on('error', (error) => {
  if (error.code !== 'EADDRINUSE' || port > 8010) throw error;
  server.listen(++port, '127.0.0.1');
});
server.on('listening', () => console.log(`Demo: http://localhost:${port}/`));
server.listen(port, '127.0.0.1');
