// The root layout: a server component, as every layout of the App Router is by default.
import type { ReactNode } from 'react';

export const metadata = { title: 'nsiw-widgets in a Next.js app' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* For the test only: records uncaught errors (React reports hydration mismatches as such). */}
        <script src="../../page-check.js" />
      </head>
      <body>{children}</body>
    </html>
  );
}
