import type { LocalePack, Messages } from './types';

/**
 * キットのすべての文言（日本語）。`{name}` は実行時に埋め込まれる値です。
 * Pass it as `locale={jaJP}`; hosts that do not import it do not ship it.
 */
export const jaJP: LocalePack = {
  code: 'ja-JP',
  messages: {
    'dialog.title': '電話番号の削除',
    'dialog.description': 'アカウントから {phone} を削除します。まず、この番号に確認コードを SMS で送信します。',
    'dialog.close': '閉じる',
    'dialog.cancel': 'キャンセル',
    'dialog.loading': 'アカウント情報を読み込んでいます…',
    'dialog.retry': '再試行',
    'change.instead': '代わりに番号を変更する',
    'help.summary': 'コードが届きませんか？',
    'help.body':
      '{phone} がお手元にあり、電波が届いているか確認してください。SMS の到着には 1 分ほどかかることがあります。ボタン横のカウントダウンが終わると、もう一度送信できます。',
    'help.lost': 'この電話番号はもう使えません',

    'send.idle': 'コードを送信',
    'send.pending': '送信中…',
    'send.again': '再送信',
    'send.countdown': '{seconds} 秒後に再送信できます',
    'send.sent': '{phone} にコードを送信しました。',
    'send.maybe-sent':
      '{phone} への SMS の送信をサーバーが確認できませんでした。SMS が届いた場合は、そのコードを入力してください。',
    'send.countdown-minutes': '{minutes} 分後に再送信できます',

    'code.label': '確認コード',
    'code.hint': 'SMS に記載された {length} 桁のコード。',
    'code.required': 'SMS に記載された確認コードを入力してください。',
    'code.not-digits': 'コードは数字のみです。入力または貼り付けた内容を確認してください。',
    'code.too-short': 'コードが短すぎます。{length} 桁で入力してください。',
    'code.too-long': 'コードが長すぎます。{length} 桁で入力してください。',
    'code.length-range': '{min}〜{max}',

    'submit.idle': '電話番号を削除',
    'submit.pending': '削除しています…',

    'success.title': '電話番号を削除しました',
    'success.body': '{phone} はこのアカウントから削除されました。',
    'success.done': '完了',

    'blocked.bind-email': 'メールアドレスを登録',
    'blocked.acknowledge': 'OK',

    'error.only-login-method':
      'この電話番号は唯一のログイン方法のため、まだ削除できません。先にメールアドレスまたはソーシャルアカウントを登録してから、もう一度お試しください。',
    'error.invalid-code': 'コードが正しくありません。SMS を確認して、もう一度お試しください。',
    'error.code-expired': 'コードの有効期限が切れています。新しいコードを送信してください。',
    'error.code-expired-wait':
      'コードの有効期限が切れています。ボタンの横のカウントダウンが終わったら、新しいコードを送信してください。',
    'error.rate-limited': '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。',
    'error.unauthenticated': 'セッションの有効期限が切れました。もう一度ログインしてから、お試しください。',
    'error.no-phone': 'このアカウントには電話番号が登録されていません。別のウィンドウで削除された可能性があります。',
    'error.network': 'サーバーに接続できません。接続を確認して、もう一度お試しください。',
    'error.timeout': 'サーバーの応答に時間がかかりすぎています。もう一度お試しください。',
    'error.aborted': 'リクエストはキャンセルされました。',
    'error.server': 'サーバーで現在この操作を完了できません。しばらくしてから、もう一度お試しください。',
    'error.bad-response': 'サーバーから読み取れない応答が返されました。しばらくしてから、もう一度お試しください。',
    'error.unknown': '問題が発生しました。もう一度お試しください。',
    'error.server-said': 'サーバーのメッセージ: {message}',
    'error.reference': '参照番号: {requestId}',

    'email.description':
      'まずメールアドレスをアカウントに登録してください。そのアドレスでログインできるようになれば、電話番号を削除できます。ご本人のアドレスか確かめるため、確認コードを送信します。',
    'email.label': 'メールアドレス',
    'email.required': 'メールアドレスを入力してください。',
    'email.invalid': 'メールアドレスの形式ではありません。入力内容を確認してください。',
    'email.too-long': 'メールアドレスが長すぎます。254 文字以内で入力してください。',
    'email.code-label': 'メールの確認コード',
    'email.code-hint': 'メールに記載された {length} 桁のコード。',
    'email.code-required': 'メールに記載された確認コードを入力してください。',
    'email.invalid-code': 'コードが正しくありません。メールを確認して、もう一度お試しください。',
    'email.sent': '{email} にコードを送信しました。',
    'email.maybe-sent':
      'サーバーから {email} へのメール送信の確認が取れませんでした。届いた場合はそのコードを入力してください。',
    'email.submit': 'メールアドレスを登録',
    'email.submit-pending': '登録中…',
    'email.back': '戻る',
    'email.bound': 'メールアドレス {email} を登録しました。続けて電話番号を削除してください。',
    'error.email-taken': 'このメールアドレスは別のアカウントで使われています。別のアドレスを使ってください。',
    'error.invalid-email':
      'サーバーがこのメールアドレスを受け付けませんでした。確認するか、別のアドレスを使ってください。',
    'change.title': '電話番号の変更',
    'change.back': '戻る',
    'change.description':
      'アカウントの電話番号は {phone} です。新しい番号を入力してください。新しい番号と {phone} にそれぞれ確認コードを送ります。',
    'change.country-label': '国番号',
    'change.number-label': '新しい電話番号',
    'change.new-code-label': '新しい番号に届いたコード',
    'change.current-code-label': '{phone} に届いたコード',
    'change.submit': '番号を変更',
    'change.submit-pending': '変更中…',
    'change.done-title': '電話番号を変更しました',
    'change.done': 'アカウントの電話番号は {phone} になりました。',
    'phone.required': '新しい電話番号を入力してください。',
    'phone.invalid': '電話番号ではありません。国番号と番号を確認してください。',
    'error.same-phone': 'これは現在アカウントに登録されている番号です。新しい番号を入力してください。',
    'error.phone-taken': 'この番号は別のアカウントで使われています。別の番号を入力してください。',
    'change.lost-description':
      '{phone} がない場合：新しい番号と、その番号に届く確認コードを入力してください。{phone} のコードも必要なアカウントの場合は、その旨をお知らせします。',
    'change.needs-current':
      'このアカウントでは、番号を変更する前に {phone} に送られるコードが必要です。その電話がないと変更できません。このサイトのサポートにお問い合わせください。',
    'change.use-current': '{phone} のコードを使う',
    'error.current-code-required': 'このアカウントでは、現在の電話に送られたコードも必要です。',
  } satisfies Messages,
};
