import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The XR emulator's helper packages pin an older three; two copies break emulated XR.
    dedupe: ['three'],
  },
  build: {
    outDir: 'dist/client',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { main: 'index.html' },
      // uikit registers components by class name; a mangled name crashes the production build.
      output: { keepNames: true },
    },
  },
  server: {
    host: '127.0.0.1',
    // ws: the realtime hub (/api/ws) goes through the same proxy in development.
    proxy: { '/api': { target: 'http://127.0.0.1:8080', ws: true } },
  },
})
