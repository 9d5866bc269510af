import type { LocalePack, Messages } from './types';

/**
 * 组件中的全部文案（简体中文）。`{name}` 为运行时填入的值。
 * Pass it as `locale={zhCN}`; hosts that do not import it do not ship it.
 */
export const zhCN: LocalePack = {
  code: 'zh-CN',
  messages: {
    'dialog.title': '解绑手机号',
    'dialog.description': '将从你的账号中移除 {phone}。我们会先向该号码发送一条验证码短信。',
    'dialog.close': '关闭',
    'dialog.cancel': '取消',
    'dialog.loading': '正在读取账号信息…',
    'dialog.retry': '重试',
    'change.instead': '改为更换手机号',
    'help.summary': '没有收到验证码？',
    'help.body':
      '请确认 {phone} 就在你身边，并且信号正常。短信可能要一分钟才能送达；按钮旁的倒计时结束后，可以再发一条。',
    'help.lost': '我已无法使用这个手机号',

    'send.idle': '发送验证码',
    'send.pending': '正在发送…',
    'send.again': '重新发送',
    'send.countdown': '{seconds} 秒后可重新发送',
    'send.sent': '验证码已发送至 {phone}。',
    'send.maybe-sent':
      '服务器未确认短信是否已发送至 {phone}。如果收到短信，请输入其中的验证码；如果没有，请在等待结束后重新发送。',
    'send.countdown-minutes': '{minutes} 分钟后可重新发送',

    'code.label': '验证码',
    'code.hint': '短信中的 {length} 位数字验证码。',
    'code.required': '请输入短信中的验证码。',
    'code.not-digits': '验证码只包含数字，请检查输入或粘贴的内容。',
    'code.too-short': '验证码太短：应为 {length} 位数字。',
    'code.too-long': '验证码太长：应为 {length} 位数字。',
    'code.length-range': '{min} 到 {max}',

    'submit.idle': '解绑手机号',
    'submit.pending': '正在解绑…',

    'success.title': '手机号已解绑',
    'success.body': '{phone} 已不再绑定到你的账号。',
    'success.done': '完成',

    'blocked.bind-email': '去绑定邮箱',
    'blocked.acknowledge': '知道了',

    'error.only-login-method': '该手机号是你唯一的登录方式，暂时无法解绑。请先绑定邮箱或社交账号，再回来解绑。',
    'error.invalid-code': '验证码不正确，请核对短信后重试。',
    'error.code-expired': '验证码已过期，请重新发送。',
    'error.code-expired-wait': '验证码已过期，请在按钮旁的倒计时结束后重新发送。',
    'error.rate-limited': '操作过于频繁，请稍后再试。',
    'error.unauthenticated': '登录状态已失效，请重新登录后再试。',
    'error.no-phone': '该账号已没有绑定手机号，可能已在其他窗口中解绑。',
    'error.network': '无法连接服务器，请检查网络后重试。',
    'error.timeout': '服务器响应超时，请重试。',
    'error.aborted': '请求已取消。',
    'error.server': '服务器暂时无法完成操作，请稍后重试。',
    'error.bad-response': '服务器返回了无法识别的内容，请稍后重试。',
    'error.unknown': '出了点问题，请重试。',
    'error.server-said': '服务器提示：{message}',
    'error.reference': '请求编号：{requestId}',

    'email.description':
      '请先为账号绑定一个邮箱：之后可以用它登录，手机号才能解绑。我们会向该邮箱发送验证码，确认它属于你。',
    'email.label': '邮箱',
    'email.required': '请输入邮箱地址。',
    'email.invalid': '这不是有效的邮箱地址，请检查输入。',
    'email.too-long': '邮箱地址太长：最多 254 个字符。',
    'email.code-label': '邮箱验证码',
    'email.code-hint': '邮件中的 {length} 位数字验证码。',
    'email.code-required': '请输入邮件中的验证码。',
    'email.invalid-code': '验证码不正确，请查看邮件后重试。',
    'email.sent': '验证码已发送至 {email}。',
    'email.maybe-sent': '服务器未确认邮件是否已发送至 {email}。如果收到邮件，请输入其中的验证码。',
    'email.submit': '绑定邮箱',
    'email.submit-pending': '正在绑定…',
    'email.back': '返回',
    'email.bound': '邮箱 {email} 已绑定，现在可以解绑手机号了。',
    'error.email-taken': '该邮箱已被其他账号使用，请换一个邮箱。',
    'error.invalid-email': '服务器不接受该邮箱地址，请检查后重试，或换一个邮箱。',
    'change.title': '更换手机号',
    'change.back': '返回',
    'change.description': '你的账号当前绑定 {phone}。请输入新号码：我们会向新号码和 {phone} 各发送一条验证码。',
    'change.country-label': '国家或地区代码',
    'change.number-label': '新手机号',
    'change.new-code-label': '新号码收到的验证码',
    'change.current-code-label': '{phone} 收到的验证码',
    'change.submit': '更换手机号',
    'change.submit-pending': '正在更换…',
    'change.done-title': '手机号已更换',
    'change.done': '你的账号现在绑定 {phone}。',
    'phone.required': '请输入新的手机号。',
    'phone.invalid': '这不是有效的手机号，请检查国家或地区代码和号码。',
    'error.same-phone': '这就是你账号现在的手机号。请输入新的手机号。',
    'error.phone-taken': '该手机号已被其他账号绑定，请换一个号码。',
    'change.lost-description':
      '没有 {phone} 时：请输入新号码和发送到新号码的验证码。有些账号还需要 {phone} 的验证码，如果你的账号需要，我们会告诉你。',
    'change.needs-current':
      '你的账号需要发送到 {phone} 的验证码才能更换号码，没有这部手机无法更换。请联系本网站的客服协助。',
    'change.use-current': '使用 {phone} 的验证码',
    'error.current-code-required': '你的账号还需要发送到当前手机的验证码。',
  } satisfies Messages,
};
