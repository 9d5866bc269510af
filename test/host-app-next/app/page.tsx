// A server component. From unbind-phone-kit/core it uses what has no React (the phone display,
// a language pack, the error type); from the main entry, a kit component rendered here is a
// client component thanks to the entry's "use client".
import { CodeInput } from 'unbind-phone-kit';
import { maskPhone, UnbindPhoneError, zhCN } from 'unbind-phone-kit/core';
import { RemovePhone } from './RemovePhone';

export default async function Page({ searchParams }: { searchParams: Promise<{ api?: string }> }) {
  const { api = '' } = await searchParams;
  return (
    <main>
      <p>Server rendered: {maskPhone({ number: '13812345678', countryCode: '+86' })}</p>
      <p lang="zh-CN">Server rendered: {zhCN.messages['dialog.title']}</p>
      <p>Server rendered: {new UnbindPhoneError('network').kind}</p>
      <CodeInput aria-label="A code input rendered from a server component" />
      <RemovePhone api={api} />
    </main>
  );
}
