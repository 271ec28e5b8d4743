import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Designers see axe's findings for every story in the Accessibility panel; each element has a docs
  // page (addon-docs) generated from custom-elements.json.
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Offline machines: telemetry would wait on DNS time-outs at every build.
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Storybook builds an app, not the library: drop the kit's library-mode settings.
    if (viteConfig.build) delete viteConfig.build.lib;
    return viteConfig;
  },
};
export default config;
