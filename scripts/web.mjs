#!/usr/bin/env node
// Node (`npm run web`): the built web app, the same build the test suite tests, served at
// http://localhost:5173 until Ctrl+C. (`npm run dev:web` is Vite's dev server, for work on
// the renderer.)
import { fileURLToPath } from 'node:url';
import { WEB_PORT, buildWebApp, serveWebApp } from './browser-app.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.GLOSSA_WEB_PORT ?? WEB_PORT);

async function main() {
  const built = await buildWebApp(root);
  if (built !== 0) return built;
  let server;
  try {
    server = await serveWebApp(root, port);
  } catch (error) {
    console.error(`Glossa could not be served on 127.0.0.1:${port} (${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}).`);
    return 1;
  }
  console.log(`Glossa is at http://localhost:${port}/ — open it in Chromium, Chrome, Edge or Brave. Ctrl+C stops it.`);
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

process.exitCode = await main();
