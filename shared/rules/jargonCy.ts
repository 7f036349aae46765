import type { JargonEntry } from './jargon.ts';

const e = (term: string, plain: string): JargonEntry => ({ term, plain });
const same = (terms: readonly string[], plain: string): JargonEntry[] => terms.map((t) => e(t, plain));

/**
 * JG1 in Welsh: the built-in list of words that are hard for a family, with plainer Welsh. Welsh
 * professional writing borrows English acronyms too (they are in the English list, which is checked
 * as well), so this list is the Welsh terms. Every `plain` is free of every term in this list.
 */
export const DEFAULT_JARGON_CY: readonly JargonEntry[] = [
  ...same(['cynhadledd achos', 'cynhadledd amddiffyn plant'], 'cyfarfod amddiffyn plant'),
  e('cynhadledd gychwynnol', 'y cyfarfod amddiffyn plant cyntaf'),
  e('cynhadledd adolygu', 'cyfarfod i adolygu’r cynllun'),
  ...same(['awdurdod lleol', 'ALl'], 'y cyngor'),
  e('Swyddog Adolygu Annibynnol', 'y person annibynnol sy’n cynnal y cyfarfodydd hyn ac yn gwirio’r cynllun'),
  e('grŵp craidd', 'y grŵp sy’n cyfarfod i weld a yw’r cynllun yn gweithio'),
  e('trothwy', 'lefel y pryder sy’n golygu bod rhaid i ni weithredu'),
  e('diogelu', 'cadw plant yn ddiogel'),
  e('datgelu', 'dweud wrthym beth ddigwyddodd'),
  e('datgeliad', 'pan fydd rhywun yn dweud wrthym beth ddigwyddodd'),
  ...same(['adran 47', 'ymholiadau adran 47'], 'gwiriadau i weld a yw plentyn yn cael ei niweidio'),
  ...same(['trafodaeth strategaeth', 'cyfarfod strategaeth'], 'y sgwrs gyntaf rhwng gweithwyr cymdeithasol, yr heddlu ac iechyd am y pryder'),
  ...same(['plentyn sy’n derbyn gofal', 'plant sy’n derbyn gofal'], 'plentyn mewn gofal'),
  e('plentyn mewn angen', 'plentyn sydd angen help ychwanegol gan y cyngor'),
  e('cam-drin domestig', 'cam-drin rhwng partneriaid neu aelodau’r teulu'),
  e('triawd gwenwynig', 'cam-drin yn y cartref, salwch meddwl a defnyddio cyffuriau neu alcohol gyda’i gilydd'),
  e('camddefnyddio sylweddau', 'defnyddio cyffuriau neu alcohol'),
  e('diffyg ymgysylltu', 'peidio â chwrdd na siarad â’r gweithwyr'),
  e('cydymffurfiaeth gudd', 'ymddangos fel petai’n dilyn y cynllun heb newid go iawn'),
  // Kept but explained: families need to know the word, because it is used about them.
  e('esgeulustod', 'esgeulustod: peidio â diwallu anghenion sylfaenol plentyn, fel bwyd, cynhesrwydd, diogelwch a gofal'),
  e('niwed sylweddol', 'niwed difrifol'),
  e('niwed cronnol', 'niwed sy’n cynyddu dros amser'),
  e('ffactor risg', 'rhywbeth sy’n gwneud niwed yn fwy tebygol'),
  e('ffactor amddiffynnol', 'rhywbeth sy’n helpu i gadw’r plentyn yn ddiogel'),
  e('amlasiantaethol', 'gwasanaethau gwahanol yn gweithio gyda’i gilydd'),
  e('uwchgyfeirio', 'rhoi gwybod i rywun uwch am y pryder'),
  e('cynllun wrth gefn', 'cynllun rhag ofn'),
  e('achos gofal', 'achos llys am ofal y plentyn'),
  e('cyn-achos', 'y cam cyn i’r cyngor fynd i’r llys'),
  e('cyfrifoldeb rhiant', 'hawliau a dyletswyddau cyfreithiol rhiant'),
  e('dim camau pellach', 'ni fydd dim mwy yn digwydd ar hyn o bryd'),
];
