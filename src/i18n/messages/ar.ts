import type { Translation } from '../types.js';
import type { en } from './en.js';
/**
 * Arabic (Modern Standard Arabic), polite clinic register for the Gulf and Levant: gender-neutral
 * wording (verbal nouns, "يُرجى", the unvocalized suffix "ـك"). Typed as a whole `Catalog`, so a
 * missing key fails the build. Plural units take the oblique dual (أسبوعين) because the messages
 * place them after a preposition or as an object.
 */
const arabic: Translation<typeof en> = {
  'settings.problem': 'خلل في الإعدادات؛ استُخدمت القيم الافتراضية لما يلي:',
  blocked: 'يتعذّر عرض هذه الأداة في هذه الصفحة. يُرجى التواصل مع العيادة.',
  disclaimer: 'معلومات عامة وليست استشارة طبية. سيؤكد لك أحد المختصين ما يناسبك.',
  weeks: { zero: '{n} أسبوع', one: 'أسبوع', two: 'أسبوعين', few: '{n} أسابيع', many: '{n} أسبوعًا', other: '{n} أسبوع' },
  days: { zero: '{n} يوم', one: 'يوم', two: 'يومين', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' },
  hours: { zero: '{n} ساعة', one: 'ساعة', two: 'ساعتين', few: '{n} ساعات', many: '{n} ساعة', other: '{n} ساعة' },
  sessions: { zero: '{n} جلسة', one: 'جلسة واحدة', two: 'جلستين', few: '{n} جلسات', many: '{n} جلسة', other: '{n} جلسة' },
  'plan.refresh': 'تجديد البشرة',
  'plan.scars': 'الندبات',
  'plan.significant': 'برنامج مكثّف',
  'plan.deep-acne-scars': 'ندبات حب الشباب العميقة',
  'outcome.good-fit': 'يبدو خيارًا مناسبًا',
  'outcome.wait': 'من الأفضل الانتظار قليلًا',
  'outcome.consult': 'يُرجى استشارة مختص أولًا',
  months: { zero: '{n} شهر', one: 'شهر', two: 'شهرين', few: '{n} أشهر', many: '{n} شهرًا', other: '{n} شهر' },
  'clinic.call': 'الاتصال على {phone}',
  'clinic.book': 'الحجز لدى {clinic}',
  'clinic.bookGeneric': 'حجز موعد',
  'clinic.consult': 'طلب استشارة من {clinic}',
  'clinic.consultGeneric': 'طلب استشارة',
  'clinic.consultNoContact': 'يُرجى طلب استشارة من عيادتك.',
  'prep.title': 'خلال {hours} قبل موعدك',
  'prep.no-sun': 'تجنُّب أشعة الشمس المباشرة.',
  'prep.no-alcohol': 'الامتناع عن الكحول.',
  'prep.no-caffeine': 'الامتناع عن الكافيين.',
  'prep.pause-actives': 'التوقف مؤقتًا عن الريتينويدات ومنتجات التقشير وأي شيء آخر يهيّج بشرتك.',
  'prep.clean-face': 'في يوم الموعد، الحضور بوجه نظيف ودون مكياج.',
  'nav.next': 'التالي',
  'nav.back': 'رجوع',
  'nav.progress': 'الخطوة {step} من {total}',
  'calendar.add': 'إضافة إلى تقويمي',
  'calendar.otherApps': 'أو:',

  'concern.fine-lines': 'الخطوط الدقيقة',
  'concern.deep-wrinkles': 'التجاعيد العميقة',
  'concern.acne-scars': 'ندبات حب الشباب',
  'concern.acne-scars-deep': 'ندبات حب الشباب العميقة',
  'concern.other-scars': 'ندبات أخرى',
  'concern.texture': 'ملمس غير متجانس',
  'concern.pores': 'المسام الواسعة',
  'concern.dull-tone': 'بشرة باهتة',
  'concern.pigmentation': 'البقع الداكنة',
  'concern.stretch-marks': 'علامات التمدد',
  'concern.loose-skin': 'ترهّل البشرة',
  'concern.active-acne': 'حب شباب نشط حاليًا',
  'concern.raised-scars': 'ندبات بارزة',
};
export default arabic;
