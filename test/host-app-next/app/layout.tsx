import type { ReactNode } from 'react';
import 'unbind-phone-kit/styles.css';

export const metadata = { title: 'Host app: Next.js App Router' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
