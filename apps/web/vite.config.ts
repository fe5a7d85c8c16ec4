import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';

const apiTarget = process.env.LINLI_API_URL ?? 'http://localhost:3000';
const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** In dev, /h5 and /h5/* answer the light phone entry h5.html, as the server does in production. */
function h5Entry(): Plugin {
  return {
    name: 'linli-h5-entry',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const accept = req.headers.accept ?? '';
        if ((path === '/h5' || path.startsWith('/h5/')) && accept.includes('text/html')) req.url = '/h5.html';
        next();
      });
    },
  };
}

// Two HTML entries: index.html (console, login) and h5.html (the light phone pages, no antd until
// a page needs it). React and the data libraries go into long-cached chunks; every page is a lazy
// route chunk of its own.
export default defineConfig({
  plugins: [react(), h5Entry(), precompress()],
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/open311': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: entry('./index.html'), h5: entry('./h5.html') },
      output: {
        codeSplitting: {
          groups: [
            // Rarely changing libraries every page needs, cached across deployments.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/, priority: 3 },
            // The H5 shell needs the query cache but not zod: two chunks, so h5.html preloads only the first.
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 2 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
            // antd is left to automatic splitting: the login page and console frame load only the
            // components they use (~350 KB gzip initial instead of ~490 KB for one antd chunk).
          ],
        },
      },
    },
  },
});
