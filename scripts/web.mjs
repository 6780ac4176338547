#!/usr/bin/env node
// Node (`npm run web`): the built web app, the same build the test suite tests, served at
// http://localhost:5173 until Ctrl+C. (`npm run dev:web` is Vite's dev server, for work on
// the renderer.)
import { fileURLToPath } from 'node:url';
import { WEB_PORT, buildAndServe } from './browser-app.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.GLOSSA_WEB_PORT ?? WEB_PORT);

async function main() {
  const server = await buildAndServe(root, port);
  if (!server) return 1;
  console.log(`Glossa is at http://localhost:${port}/ — open it in Chromium, Chrome, Edge or Brave. Ctrl+C stops it.`);
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

process.exitCode = await main();
