/** Spanish words for the handbook builder's settings file it writes, apart because these words land in a downloaded file, not on the page; composed in ../builder.ts. */
import type { Dictionary } from '../../index.ts';

/**
 * The comments in the config.yaml the builder writes (through src/core/config/writer.ts, which
 * writes no words of its own): the lines at the top, and one above each field. {site} is the
 * site's name.
 */
export const configFile: Dictionary['builder']['configFile'] = {
  header:
    'Configuración del manual, creada con el generador de manuales del sitio {site}.\nVuelve a abrirla en el generador o genera el manual en un equipo con Node.js:\n  npx playbook generate --config config.yaml',
  comments: {
    company: 'El nombre de tu empresa tal como la conocen los clientes.',
    vision: 'La visión de servicio: una frase que cualquier empleado pueda repetir.',
    priorities: 'Los capítulos de tu manual, lo más urgente primero.',
    include:
      '"priorities" imprime solo esos capítulos; "all" añade un anexo breve con todos los demás modos de fallo.',
    audiences: 'Mostrar en el anexo solo los apartados pensados para estos lectores.',
    standards:
      'Las promesas que hace tu empresa a los clientes. Cada una se lee en una frase después de "como máximo en".',
    empowerment:
      'Quién puede decidir qué sin pedir permiso. Aparece en el capítulo sobre autonomía y en un anexo.',
    branding:
      'Los títulos y la portada usan este color; un color demasiado claro para leerse sobre blanco se oscurece.\nEl archivo del logotipo debe estar junto a este archivo de configuración.',
    language: 'El idioma del manual: en, es, de o ar. Los capítulos aún sin traducir se imprimen en inglés.',
    locale:
      'Las fechas se escriben según la costumbre local; en-US y en-CA se imprimen en papel Carta, las demás en A4.',
    date: 'La fecha de la portada. Cámbiala cuando publiques una nueva edición.',
    output: 'Lo que escribe `playbook generate`, y dónde (relativo a la carpeta desde la que se ejecuta).',
    training: 'Fechas del plan de formación y de training-plan.ics: una sesión por capítulo.',
    chapters:
      'Tus propias palabras en los capítulos, por capítulo: una nota al principio, acciones que se quitan (por id),\nacciones propias (owner y with son ids de rol) y un ejemplo propio.',
    own: 'Capítulos escritos por tu empresa, cada uno colocado después del capítulo indicado en "after" (o al final).',
    roles:
      'Los cargos de tu empresa para los roles de la guía, por id de rol; un rol que no aparece conserva su nombre.',
  } as Record<string, string>,
};
