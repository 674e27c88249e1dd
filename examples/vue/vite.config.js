import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Leave every dashed tag to the browser: Vue must not try to resolve <story-card> as a
        // Vue component. Narrow the test if your own components' names contain a dash.
        compilerOptions: { isCustomElement: (tag) => tag.includes('-') },
      },
    }),
  ],
});
