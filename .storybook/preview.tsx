import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import '../src/view/styles.css';
import './preview.css';

/** A fresh QueryClient per story, as a host app has its own. */
function FreshQueryClient({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const withQueryClient: Decorator = (Story, context) => (
  <FreshQueryClient key={context.id}>
    <Story />
  </FreshQueryClient>
);

// The theme is the host page's: data-theme on <html>, which the kit's CSS follows.
const withTheme: Decorator = (Story, context) => {
  const theme = (context.args as { theme?: string }).theme ?? context.globals.theme ?? 'light';
  document.documentElement.dataset.theme = theme;
  return <Story />;
};

const preview: Preview = {
  decorators: [withQueryClient, withTheme],
  globalTypes: {
    locale: {
      description: 'Language of the kit',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English (en-US)' },
          { value: 'zh-CN', title: '简体中文 (zh-CN)' },
          { value: 'zh-TW', title: '繁體中文 (zh-TW)' },
          { value: 'ja-JP', title: '日本語 (ja-JP)' },
          { value: 'ar', title: 'Right to left (a test pack: ar)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark host page',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
