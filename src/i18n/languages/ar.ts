/** Arabic, fetched when a block on the page speaks it. */
import type { Strings } from '../translations.js';

export const strings: Strings = {
  unavailable: 'هذا الخبر غير متاح',
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  logo: 'شعار {name}',
  continueReading: 'تابع القراءة',
  previous: 'الأخبار السابقة',
  next: 'الأخبار التالية',
  curatedBy: 'اختيار {name}',
  share: 'مشاركة',
  linkCopied: 'تم نسخ الرابط',
  shareLink: 'رابط هذا الخبر',
  sourcesHeading: 'المصادر',
  citation: 'المصدر {n}: {name}',
  sources: {
    zero: '{n} مصدر',
    one: 'مصدر واحد',
    two: 'مصدران',
    few: '{n} مصادر',
    many: '{n} مصدرًا',
    other: '{n} مصدر',
  },
};
