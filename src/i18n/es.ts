import type { Catalog, PluralForms } from './en.js';

/** Spanish. Typed as a whole `Catalog`, so a missing key fails the build. */
export const es: Catalog = {
  'settings.problem': 'Este widget tiene un problema de configuración. Mientras tanto funciona con los valores predeterminados:',
  'settings.problemHint': 'Para el equipo web del sitio: corrijan el atributo indicado.',
  disclaimer:
    'Esta información general sirve para prepararte; no es un diagnóstico ni un consejo médico. Un profesional cualificado confirmará en la consulta qué es lo adecuado para ti.',
  weeks: { one: '{n} semana', other: '{n} semanas' } as PluralForms,
  days: { one: '{n} día', other: '{n} días' } as PluralForms,
  hours: { one: '{n} hora', other: '{n} horas' } as PluralForms,
  sessions: { one: '{n} sesión', other: '{n} sesiones' } as PluralForms,
  'plan.refresh': 'Tratamiento de renovación',
  'plan.acne-scars': 'Tratamiento de cicatrices de acné',
  'plan.significant': 'Tratamiento intensivo',
  'plan.deep-acne-scars': 'Tratamiento de cicatrices de acné profundas',
  'outcome.good-fit': 'Parece una buena opción para ti',
  'outcome.wait': 'Conviene esperar un poco',
  'outcome.consult': 'Mejor hablarlo antes con un profesional',
  'clinic.call': (phone: string) => `Llamar al ${phone}`,
  'clinic.book': (clinic: string) => `Reservar en ${clinic}`,
  'clinic.bookGeneric': 'Reservar una consulta',
};
