import type { LocalePack, Messages } from './types';

/**
 * 元件中的全部文字（繁體中文，台灣）。`{name}` 為執行時填入的值。
 * Pass it as `locale={zhTW}`; hosts that do not import it do not ship it.
 */
export const zhTW: LocalePack = {
  code: 'zh-TW',
  messages: {
    'dialog.title': '解除綁定手機號碼',
    'dialog.description': '將從你的帳號中移除 {phone}。我們會先傳送一則驗證碼簡訊到這個號碼。',
    'dialog.close': '關閉',
    'dialog.cancel': '取消',
    'dialog.loading': '正在讀取帳號資訊…',
    'dialog.retry': '重試',
    'change.instead': '改為更換手機號碼',
    'help.summary': '沒有收到驗證碼？',
    'help.body':
      '請確認 {phone} 就在你身邊，而且訊號正常。簡訊可能要一分鐘才會送達；按鈕旁的倒數結束後，可以再傳送一則。',
    'help.lost': '我已無法使用這個手機號碼',

    'send.idle': '傳送驗證碼',
    'send.pending': '傳送中…',
    'send.again': '重新傳送',
    'send.countdown': '{seconds} 秒後可重新傳送',
    'send.sent': '驗證碼已傳送至 {phone}。',
    'send.maybe-sent':
      '伺服器未確認簡訊是否已傳送至 {phone}。如果收到簡訊，請輸入其中的驗證碼；如果沒有，請在等待結束後重新傳送。',
    'send.countdown-minutes': '{minutes} 分鐘後可重新傳送',

    'code.label': '驗證碼',
    'code.hint': '簡訊中的 {length} 位數字驗證碼。',
    'code.required': '請輸入簡訊中的驗證碼。',
    'code.not-digits': '驗證碼只包含數字，請檢查輸入或貼上的內容。',
    'code.too-short': '驗證碼太短：應為 {length} 位數字。',
    'code.too-long': '驗證碼太長：應為 {length} 位數字。',
    'code.length-range': '{min} 到 {max}',

    'submit.idle': '解除綁定',
    'submit.pending': '正在解除綁定…',

    'success.title': '已解除綁定手機號碼',
    'success.body': '{phone} 已不再綁定你的帳號。',
    'success.done': '完成',

    'blocked.bind-email': '前往綁定電子郵件',
    'blocked.acknowledge': '我知道了',

    'error.only-login-method':
      '這個手機號碼是你唯一的登入方式，暫時無法解除綁定。請先綁定電子郵件或社群帳號，再回來解除綁定。',
    'error.invalid-code': '驗證碼不正確，請核對簡訊後重試。',
    'error.code-expired': '驗證碼已過期，請重新傳送。',
    'error.code-expired-wait': '驗證碼已過期，請在按鈕旁的倒數結束後重新傳送。',
    'error.rate-limited': '操作過於頻繁，請稍後再試。',
    'error.unauthenticated': '登入狀態已失效，請重新登入後再試。',
    'error.no-phone': '這個帳號已沒有綁定手機號碼，可能已在其他視窗中解除綁定。',
    'error.network': '無法連線到伺服器，請檢查網路後重試。',
    'error.timeout': '伺服器回應逾時，請重試。',
    'error.aborted': '要求已取消。',
    'error.server': '伺服器暫時無法完成操作，請稍後重試。',
    'error.bad-response': '伺服器傳回了無法辨識的內容，請稍後重試。',
    'error.unknown': '發生錯誤，請重試。',
    'error.server-said': '伺服器訊息：{message}',
    'error.reference': '要求編號：{requestId}',

    'email.description':
      '請先為帳號綁定電子郵件：之後可以用它登入，手機號碼才能解除綁定。我們會寄送驗證碼到該信箱，確認它屬於你。',
    'email.label': '電子郵件',
    'email.required': '請輸入電子郵件地址。',
    'email.invalid': '這不是有效的電子郵件地址，請檢查輸入內容。',
    'email.too-long': '電子郵件地址太長：最多 254 個字元。',
    'email.code-label': '電子郵件驗證碼',
    'email.code-hint': '郵件中的 {length} 位數字驗證碼。',
    'email.code-required': '請輸入郵件中的驗證碼。',
    'email.invalid-code': '驗證碼不正確，請查看郵件後再試一次。',
    'email.sent': '驗證碼已寄送至 {email}。',
    'email.maybe-sent': '伺服器未確認郵件是否已寄送至 {email}。如果收到郵件，請輸入其中的驗證碼。',
    'email.submit': '綁定電子郵件',
    'email.submit-pending': '綁定中…',
    'email.back': '返回',
    'email.bound': '電子郵件 {email} 已綁定，現在可以解除綁定手機號碼了。',
    'error.email-taken': '此電子郵件已被其他帳號使用，請改用其他信箱。',
    'error.invalid-email': '伺服器不接受此電子郵件地址，請檢查後再試，或改用其他信箱。',
    'change.title': '更換手機號碼',
    'change.back': '返回',
    'change.description': '你的帳號目前綁定 {phone}。請輸入新號碼：我們會向新號碼和 {phone} 各傳送一則驗證碼。',
    'change.country-label': '國碼',
    'change.number-label': '新手機號碼',
    'change.new-code-label': '新號碼收到的驗證碼',
    'change.current-code-label': '{phone} 收到的驗證碼',
    'change.submit': '更換手機號碼',
    'change.submit-pending': '正在更換…',
    'change.done-title': '手機號碼已更換',
    'change.done': '你的帳號現在綁定 {phone}。',
    'phone.required': '請輸入新的手機號碼。',
    'phone.invalid': '這不是有效的手機號碼，請檢查國碼與號碼。',
    'error.same-phone': '這就是你帳號目前的手機號碼。請輸入新的號碼。',
    'error.phone-taken': '此手機號碼已綁定其他帳號，請改用其他號碼。',
    'change.lost-description':
      '沒有 {phone} 時：請輸入新號碼和傳送到新號碼的驗證碼。有些帳號還需要 {phone} 的驗證碼，如果你的帳號需要，我們會告訴你。',
    'change.needs-current':
      '你的帳號需要傳送到 {phone} 的驗證碼才能更換號碼，沒有這支手機無法更換。請聯絡本網站的客服協助。',
    'change.use-current': '使用 {phone} 的驗證碼',
    'error.current-code-required': '你的帳號還需要傳送到目前手機的驗證碼。',
  } satisfies Messages,
};
