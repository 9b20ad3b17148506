import type { Language, LocalizedText } from '../scene/localized'
import { interpolate } from '../i18n/interpolate'
import type { AddressPart } from './answers'
import type { Field } from './flow-schema'
import type { FieldProblem } from './field-check'
import { formatDate } from './format'

/**
 * Error messages in the GOV.UK style: they say what to do ("Enter a date of birth in the past"), name the
 * question by its `errorName` or label, and never blame. `{{name}}` is the question, `{{Name}}` the same
 * with a capital letter to start a sentence.
 */
export const flowMessages = {
  zh: {
    'required-enter': '请输入{{name}}',
    'required-select': '请选择{{name}}',
    'required-yes-no': '请选择“是”或“否”',
    'required-upload': '请上传{{name}}',
    'wrong-type': '无法识别{{name}}，请重新填写',
    'too-short': '{{name}}不能少于{{min}}个字',
    'too-long': '{{name}}不能超过{{max}}个字',
    'not-number': '{{name}}必须是数字',
    'not-integer': '{{name}}必须是整数',
    'too-small': '{{name}}不能小于{{min}}',
    'too-large': '{{name}}不能大于{{max}}',
    'date-empty': '请输入{{name}}',
    'date-format': '请按“年-月-日”格式输入{{name}}，如 2008-03-27',
    'date-not-real': '{{name}}必须是真实存在的日期',
    'date-not-past': '请输入过去的{{name}}',
    'date-not-past-or-today': '请输入今天或过去的{{name}}',
    'date-not-future': '请输入将来的{{name}}',
    'date-not-today-or-future': '请输入今天或将来的{{name}}',
    'date-before-min': '{{name}}不能早于{{bound}}',
    'date-after-max': '{{name}}不能晚于{{bound}}',
    'not-an-option': '请从选项中选择{{name}}',
    'too-few-selected': '请至少选择{{min}}项',
    'too-many-selected': '最多只能选择{{max}}项',
    'id-empty': '请输入{{name}}',
    'id-length': '{{name}}应为18位',
    'id-format': '{{name}}应为17位数字加最后1位数字或X',
    'id-region': '请核对{{name}}：前6位不是有效的地区代码',
    'id-birth-date': '请核对{{name}}：第7至14位应为真实的出生日期',
    'id-birth-date-future': '请核对{{name}}：其中的出生日期晚于今天',
    'id-birth-date-too-early': '请核对{{name}}：其中的出生日期早于1900年',
    'id-check-digit': '请核对{{name}}：号码中有字符不正确（校验位不符）',
    'mobile-empty': '请输入{{name}}',
    'mobile-format': '{{name}}只能包含数字，如 138 0013 8000',
    'mobile-length': '请输入11位{{name}}，如 138 0013 8000',
    'mobile-prefix': '{{name}}应以13至19开头，如 138 0013 8000',
    'email-empty': '请输入{{name}}',
    'email-too-long': '{{name}}不能超过254个字符',
    'email-format': '请输入正确格式的{{name}}，如 name@example.com',
    'address-part-missing': '请输入{{name}}的{{part}}',
    'address-part-too-long': '{{name}}的{{part}}不能超过{{max}}个字',
    'file-invalid': '请重新上传{{name}}',
    'too-many-files': '{{name}}最多上传{{max}}个文件',
    'file-type': '{{name}}必须是 {{types}} 文件',
    'file-too-big': '{{name}}的文件必须小于 {{max}}',
    'unknown-page': '此页面不属于本表单，请从第一页开始',
  },
  en: {
    'required-enter': 'Enter {{name}}',
    'required-select': 'Select {{name}}',
    'required-yes-no': 'Select yes or no',
    'required-upload': 'Upload {{name}}',
    'wrong-type': 'Enter {{name}} again: the answer could not be read',
    'too-short': '{{Name}} must be {{min}} characters or more',
    'too-long': '{{Name}} must be {{max}} characters or fewer',
    'not-number': '{{Name}} must be a number',
    'not-integer': '{{Name}} must be a whole number',
    'too-small': '{{Name}} must be {{min}} or more',
    'too-large': '{{Name}} must be {{max}} or less',
    'date-empty': 'Enter {{name}}',
    'date-format': 'Enter {{name}} as year-month-day, like 2008-03-27',
    'date-not-real': '{{Name}} must be a real date',
    'date-not-past': 'Enter {{name}} in the past',
    'date-not-past-or-today': 'Enter {{name}} that is today or in the past',
    'date-not-future': 'Enter {{name}} in the future',
    'date-not-today-or-future': 'Enter {{name}} that is today or in the future',
    'date-before-min': '{{Name}} must be the same as or after {{bound}}',
    'date-after-max': '{{Name}} must be the same as or before {{bound}}',
    'not-an-option': 'Select {{name}} from the list',
    'too-few-selected': 'Select at least {{min}} options',
    'too-many-selected': 'Select no more than {{max}} options',
    'id-empty': 'Enter {{name}}',
    'id-length': '{{Name}} must be 18 characters',
    'id-format': '{{Name}} must be 17 digits followed by a digit or X',
    'id-region': 'Check {{name}}: the first 6 digits are not a region code',
    'id-birth-date': 'Check {{name}}: digits 7 to 14 must be a real date of birth',
    'id-birth-date-future': 'Check {{name}}: the date of birth in it is in the future',
    'id-birth-date-too-early': 'Check {{name}}: the date of birth in it is before 1900',
    'id-check-digit': 'Check {{name}}: one of the characters is wrong (the check digit does not match)',
    'mobile-empty': 'Enter {{name}}',
    'mobile-format': 'Enter {{name}} using digits only, like 138 0013 8000',
    'mobile-length': 'Enter {{name}} with 11 digits, like 138 0013 8000',
    'mobile-prefix': 'Enter {{name}} starting with 13 to 19, like 138 0013 8000',
    'email-empty': 'Enter {{name}}',
    'email-too-long': '{{Name}} must be 254 characters or fewer',
    'email-format': 'Enter {{name}} in the correct format, like name@example.com',
    'address-part-missing': 'Enter the {{part}} of {{name}}',
    'address-part-too-long': 'The {{part}} of {{name}} must be {{max}} characters or fewer',
    'file-invalid': 'Upload {{name}} again',
    'too-many-files': 'Upload no more than {{max}} files for {{name}}',
    'file-type': '{{Name}} must be a {{types}} file',
    'file-too-big': 'Each file for {{name}} must be smaller than {{max}}',
    'unknown-page': 'This page is not part of the form; start again from the first page',
  },
} as const
export type FlowMessageKey = keyof (typeof flowMessages)['en']

/** Address part names as they appear in messages and on the form. */
export const ADDRESS_PART_NAMES: Record<AddressPart, LocalizedText> = {
  province: { zh: '省（自治区、直辖市）', en: 'province' },
  city: { zh: '市', en: 'city' },
  district: { zh: '区（县）', en: 'district or county' },
  street: { zh: '街道（乡镇）', en: 'street or town' },
  detail: { zh: '详细地址', en: 'building, number and room' },
}

/** How a message names a question: its errorName, else its label (lower-cased in English unless an acronym). */
export function questionName(field: Pick<Field, 'label' | 'errorName'>, language: Language): string {
  if (field.errorName) return field.errorName[language]
  const label = field.label[language]
  if (language === 'zh' || /^[A-Z]{2}/.test(label)) return label
  return label.charAt(0).toLowerCase() + label.slice(1)
}

function requiredKey(field: Field): FlowMessageKey {
  if (field.type === 'yes-no') return 'required-yes-no'
  if (field.type === 'file') return 'required-upload'
  if (field.type === 'single-choice' || field.type === 'multiple-choice') return 'required-select'
  return 'required-enter'
}

function isMessageKey(code: string): code is FlowMessageKey {
  return Object.hasOwn(flowMessages.en, code)
}

/**
 * The message for one problem with one answer, in the user's language. A field's own `messages[code]`
 * wins over the generic text.
 */
export function problemMessage(field: Field, problem: FieldProblem, language: Language): string {
  const own =
    field.messages && Object.hasOwn(field.messages, problem.code) ? field.messages[problem.code] : undefined
  const name = questionName(field, language)
  const values: Record<string, string | number> = {
    ...problem.params,
    name,
    Name: name.charAt(0).toUpperCase() + name.slice(1),
  }
  if (problem.part) values.part = ADDRESS_PART_NAMES[problem.part][language]
  if (typeof problem.params?.bound === 'string') values.bound = formatDate(problem.params.bound, language)
  const key =
    problem.code === 'required'
      ? requiredKey(field)
      : isMessageKey(problem.code)
        ? problem.code
        : 'wrong-type'
  return interpolate(own ? own[language] : flowMessages[language][key], values)
}
