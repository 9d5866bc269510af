// The README's drop-in example, type-checked here against the published types.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createAuthingClient, UnbindPhoneDialog, zhCN } from 'unbind-phone-kit';
import 'unbind-phone-kit/styles.css';

const queryClient = new QueryClient(); // or your app's own
const client = createAuthingClient({
  appHost: 'https://example.authing.cn',
  appId: 'APP_ID',
  getAccessToken: () => localStorage.getItem('accessToken'),
});

export const RemovePhone = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => (
  <QueryClientProvider client={queryClient}>
    <UnbindPhoneDialog
      client={client}
      open={open}
      onOpenChange={onOpenChange}
      locale={zhCN}
      onBindEmail={() => location.assign('/settings/email')}
    />
  </QueryClientProvider>
);
