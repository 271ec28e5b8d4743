import type { Translation } from '../../../i18n/types.js';
import type { plannerEn } from './en.js';
/**
 * Hebrew: standard modern Hebrew, polite and gender-neutral (infinitives, impersonal forms), typed as
 * the whole set, so a missing message fails the build. Short dates (`{start}`, `{event}`, `{first}`…)
 * start with the weekday ("יום ג׳, …"), so a prefix such as ו/מ is attached to them directly.
 */
const hebrew: Translation<typeof plannerEn> = {
  'pl.label': 'מתכנן סדרת טיפולי מיקרונידלינג',
  'pl.title': 'תכנון סדרת הטיפולים',
  'pl.concerns': 'במה לטפל',
  'pl.fromCheck': 'לפי בדיקת ההתאמה שלך.',
  'pl.noPlan': 'יש לבחור לפחות דבר אחד לטיפול.',
  'pl.noStart': 'יש לבחור תאריך לטיפול הראשון כדי לראות איך סדרה יכולה להיראות.',
  'pl.cannotPlan': 'המתכנן לא יכול להציג סדרה לפי התאריכים האלה. אפשר לנסות טיפול ראשון מוקדם יותר או פחות טיפולים.',
  'pl.start': 'טיפול ראשון',
  'pl.sessions': 'מספר טיפולים',
  'pl.recommended': '{n} (מומלץ)',
  'pl.interval': 'שבועות בין טיפולים',
  'pl.event': 'תאריך חשוב (לא חובה)',
  'pl.eventHint': 'חתונה, טיול: אפשר לראות איך סדרת הטיפולים מסתדרת סביבו.',
  'pl.schedule': 'הטיפולים שלך',
  'pl.session': 'טיפול',
  'pl.date': 'תאריך',
  'pl.window': 'טווח מותר',
  'pl.move': 'הזזת טיפול {n}',
  'pl.book': 'בקשה',
  'pl.bookSession': 'בקשת טיפול {n}',
  'pl.firstResults': 'תוצאות ראשונות',
  'pl.bestResults': 'התוצאות הטובות ביותר',
  'pl.maintenance': 'טיפולי תחזוקה',
  'pl.maintenanceEvery': 'כל {every}, לפי המלצת המרפאה; לדוגמה {first} ו{second}.',
  'pl.range': '{from} – {to}',

  // What a completed suitability check in the same clinic found, said before the plan.
  'pl.consultTitle': 'כדאי להתייעץ קודם עם איש מקצוע',
  'pl.consultLead': 'בדיקת ההתאמה שלך מצאה משהו שאיש מקצוע צריך לבדוק לפני כל טיפול מיקרונידלינג:',
  'pl.consultNext': 'מומלץ לבקש פגישת ייעוץ מהמרפאה. אם רוצים, אפשר לבחור למטה תאריך לטיפול ראשון כדי לראות איך סדרה יכולה להיראות; המרפאה תגיד לך אם סדרה כזו מתאימה לך, ומתי.',
  'pl.waitTitle': 'קודם כול, המתנה',
  'pl.waitLead': 'בדיקת ההתאמה שלך מצאה משהו שצריך לחלוף, להחלים או להסתיים לפני טיפול ראשון:',
  'pl.waitNext': 'כדאי לדבר עם המרפאה על מועד אפשרי להתחלה. אם רוצים, אפשר לבחור למטה תאריך לטיפול ראשון כדי לראות איך סדרה יכולה להיראות.',
  'pl.waitDatedTitle': 'התחלה אחרי המתנה',
  'pl.waitDatedLead': 'בדיקת ההתאמה שלך מציעה להמתין עד {date}:',
  'pl.waitDatedNext': 'הטיפול הראשון שלמטה יכול להתקיים ביום זה לכל המוקדם.',
  'pl.exampleOnly': 'דוגמה בלבד: המרפאה תגיד לך אם סדרת טיפולים מתאימה לך, ומתי.',
  'pl.reasonFrom': '{reason}: החל מ־{date}',
  // Every reason a check can give (each condition, and the two concerns that are not CIT indications).
  'pl.reason.active-acne': 'אקנה פעיל',
  'pl.reason.active-infection': 'זיהום עור, כגון פצע הרפס',
  'pl.reason.flare': 'התלקחות של רוזציאה',
  'pl.reason.unhealed-wound': 'פצע פתוח או שלא החלים',
  'pl.reason.sunburn': 'כוויית שמש',
  'pl.reason.isotretinoin': 'איזוטרטינואין (אקוטן, רואקוטן)',
  'pl.reason.recent-treatment': 'טיפול עור לאחרונה (הזרקות, פילינג, לייזר או טיפול פנים)',
  'pl.reason.pregnant': 'היריון',
  'pl.reason.nursing': 'הנקה',
  'pl.reason.chronic-skin': 'אקזמה או פסוריאזיס באזור',
  'pl.reason.keloid': 'צלקות בולטות (קלואידיות), אצלך או במשפחה',
  'pl.reason.bleeding': 'הפרעת קרישה או תרופה לדילול הדם (לעולם אין להפסיק תרופת מרשם על דעת עצמך)',
  'pl.reason.poor-healing': 'פצעים שמחלימים לאט או באופן לקוי',
  'pl.reason.numbing-allergy': 'אלרגיה לקרם מאלחש או לסרומים לעור',
  'pl.reason.raised-scars': 'צלקות בולטות (קלואידיות או היפרטרופיות) כמטרת הטיפול',

  // A date the patient chose that the planner refuses: said from the engine's code and limit.
  'pl.issue.in-the-past': 'היום הזה כבר עבר. יש לבחור ב־{date} או בתאריך מאוחר יותר.',
  'pl.issue.during-wait': 'בדיקת ההתאמה שלך מציעה להמתין עד {date}. יש לבחור ביום הזה או בתאריך מאוחר יותר.',
  'pl.issue.too-soon': 'מוקדם מדי אחרי הטיפול הקודם: יש להשאיר לפחות {weeks}. יש לבחור ב־{date} או בתאריך מאוחר יותר.',
  'pl.issue.too-late': 'מאוחר מדי אחרי הטיפול הקודם: בתוכנית הזאת ההפרש בין טיפולים הוא {weeks} לכל היותר. יש לבחור ב־{date} או בתאריך מוקדם יותר.',
  'pl.issue.is-start': 'זה הטיפול הראשון שלך: במקום זאת, יש לשנות את תאריך הטיפול הראשון.',
  'pl.issue.other': 'המתכנן לא יכול להשתמש בתאריך הזה. יש לבחור תאריך אחר.',

  // domain.md "A date that matters": two levels, never "ready".
  'pl.eventBest': 'הטיפול האחרון שלך יתקיים לפחות {months} לפני {event}, כך שייתכן שהתוצאות הטובות ביותר כבר ייראו עד אז.',
  'pl.eventFirst': 'הטיפול האחרון שלך יתקיים לפחות {weeks} לפני {event}: עד אז ההחלמה בדרך כלל כבר מזמן הסתיימה, וייתכן שיופיעו שינויים ראשונים.',
  'pl.eventBestBy': 'לתוצאות הטובות ביותר, בדרך כלל צריך שהטיפול האחרון יהיה לפחות {months} לפני; לשם כך, יש להתחיל עד {start}.',
  'pl.eventNeither': 'הטיפול האחרון שלך יתקיים פחות מ־{weeks} לפני {event}, כך שייתכן שהעור עדיין יהיה בתהליך החלמה. כדי להשאיר {weeks}, יש להתחיל עד {start}.',
  'pl.eventTooLate': 'בסדרת הטיפולים הזאת אי אפשר להשאיר {weeks} בין הטיפול האחרון לבין {event}.',
  'pl.shorter': 'סדרה קצרה יותר, של {sessions}, מתאריך ההתחלה הזה תשאיר {weeks}: כדאי לשאול את המרפאה אם היא מתאימה לך.',
  'pl.fewer': 'מתאריך ההתחלה הזה, אפשר להשאיר {weeks} רק עם {sessions}: פחות ממה שסדרה כזו דורשת בדרך כלל, ולכן כדאי לשאול את המרפאה.',
  'pl.tooClose': 'אפילו טיפול יחיד מתאריך ההתחלה הזה ישאיר פחות מ־{weeks}.',
  'pl.cost': 'עלות משוערת',
  'pl.costNote': 'מספר הטיפולים × המחיר לטיפול במרפאה.',
  'pl.calendar': 'הוספת סדרת הטיפולים ליומן שלי',
  'pl.withMaintenance': 'כולל טיפולי תחזוקה',
  'pl.sessionTitle': 'טיפול מיקרונידלינג {n}',
  'pl.maintenanceTitle': 'טיפול מיקרונידלינג לתחזוקה',
  'pl.chart': 'סדרה של {count} החל מ{from}; התוצאות הטובות ביותר עד {to}.',

  // domain.md "Before the appointment" (002), in each session's calendar reminder.
  'pl.prep.title': 'במשך {hours} לפני הטיפול:',
};
export default hebrew;
