import { enUS } from '../../src/i18n/en-US';
import type { LocalePack } from '../../src/i18n/messages';

/**
 * A right-to-left test pack, not a language the kit ships: the phone step's texts in Arabic, the
 * rest in English, with `dir: 'rtl'`. It shows the layout mirrored (the playground's "Right to
 * left" and test/visual/rtl.visual.test.tsx); a real Arabic pack would be a translator's work.
 */
export const rtlTestPack: LocalePack = {
  code: 'ar',
  dir: 'rtl',
  messages: {
    ...enUS.messages,
    'dialog.title': 'إزالة رقم الهاتف',
    'dialog.description': 'إزالة {phone} من حسابك. أولاً نرسل رمز تحقق إلى هذا الرقم.',
    'dialog.close': 'إغلاق',
    'dialog.cancel': 'إلغاء',
    'dialog.loading': 'جارٍ تحميل حسابك…',
    'dialog.retry': 'إعادة المحاولة',
    'change.instead': 'تغيير الرقم بدلاً من ذلك',
    'send.idle': 'إرسال الرمز',
    'send.pending': 'جارٍ الإرسال…',
    'send.again': 'إعادة الإرسال',
    'send.countdown': 'إعادة الإرسال بعد {seconds} ث',
    'send.sent': 'تم إرسال الرمز إلى {phone}.',
    'code.label': 'رمز التحقق',
    'code.hint': 'الرمز المكوّن من {length} أرقام في الرسالة النصية.',
    'code.length-range': '{min} إلى {max}',
    'submit.idle': 'إزالة الهاتف',
    'submit.pending': 'جارٍ الإزالة…',
    'error.invalid-code': 'هذا الرمز غير صحيح. تحقق من الرسالة وحاول مرة أخرى.',
    'error.rate-limited': 'محاولات كثيرة جداً. انتظر قليلاً ثم حاول مرة أخرى.',
    'error.reference': 'المرجع: {requestId}',
    'help.summary': 'لم يصلك الرمز؟',
  },
};
